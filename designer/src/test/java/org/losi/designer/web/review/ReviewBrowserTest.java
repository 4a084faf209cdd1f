package org.losi.designer.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.designer.web.Browser;
import org.losi.designer.web.DesignerServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The review page once in a real browser, on a copy where item 281 of LOSI 2024 weighs 3 instead of 1. */
class ReviewBrowserTest {
    @TempDir
    Path temp;

    private DesignerServer server;
    private Browser browser;

    @BeforeEach
    void start() throws IOException {
        Workspace workspace = Workspace.bundled(temp.resolve("workspace"));
        workspace.reweighItem281();
        server = workspace.start();
        browser = Browser.start(temp);
    }

    @AfterEach
    void stop() {
        browser.close();
        server.close();
    }

    @Test
    void aReviewerRunsTheSuitesAndSeesTheCountsOfPassedAndFailedCases() {
        browser.driver.get(server.url() + "review");
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#suites input"), 3));

        browser.driver.findElement(By.id("run")).click();

        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#summary tbody tr"), 4));
        assertThat(counts("core-2024", "losi-2024")).isEqualTo("FAIL 6 passed 3 failed");
        assertThat(counts("training-2024", "losi-2024")).isEqualTo("FAIL 0 passed 1 failed");
        assertThat(counts("valdoria", "losi-2026-beta")).isEqualTo("PASS 17 passed 0 failed");
        assertThat(browser.text("#run-core-2024-losi-2024 details.case[data-city='edge-three-quarters']"))
                .contains("Threequarter Bay", "weight 281", "institutional-framework.drl:7");
        browser.driver.manage().window().setSize(new Dimension(1360, 1500));
        browser.screenshot("review.png");
    }

    private String counts(String suite, String edition) {
        String row = "#summary tr[data-suite='" + suite + "'][data-edition='" + edition + "'] ";
        return browser.text(row + "td:nth-child(3)") + " " + browser.text(row + ".passed-count") + " passed "
                + browser.text(row + ".failed-count") + " failed";
    }
}
