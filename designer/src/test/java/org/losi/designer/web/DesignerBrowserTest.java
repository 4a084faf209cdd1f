package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The analyst's way through the designer once in a real browser (see {@link Browser}). */
class DesignerBrowserTest {
    private static final String MARKUP_NAME =
            "<script>window.__losiXss = 1</script><img src=x onerror=\"window.__losiXss = 2\">";

    @TempDir
    static Path profile;

    private static DesignerServer server;
    private static Browser browser;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        server = Fixtures.startOnFreePort();
        browser = Browser.start(profile);
        driver = browser.driver;
        wait = browser.wait;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anAnalystGoesFromTheEditionsToACityThroughTheRanking() {
        driver.get(server.url());
        openTheBundledEdition();
        scoreTheDemoSample();
        openACity();
    }

    private static void openTheBundledEdition() {
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("LOSI 2024")))
                .click();

        wait.until(ExpectedConditions.textToBe(By.id("items-count"), "95 of 95 items"));
        assertThat(driver.findElements(By.cssSelector("#items-table tbody tr"))).hasSize(95);
        assertThat(text("#bands-table")).contains("0.75 < value ≤ 1", "exclusive", "inclusive");
        new Select(driver.findElement(By.id("criterion-filter"))).selectByValue("IF");
        assertThat(text("#items-count")).isEqualTo("6 of 95 items");
    }

    private static void scoreTheDemoSample() {
        driver.findElement(By.linkText("Scores")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sample option")));
        new Select(driver.findElement(By.id("edition"))).selectByValue("losi-2024");
        new Select(driver.findElement(By.id("sample"))).selectByValue("demo/cities.json");
        driver.findElement(By.id("score")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ranking tbody tr")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#ranking tbody tr"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).getText()).contains("Aurelia", "0.9474", "very high");
        assertThat(rows.get(2).getText()).startsWith("3").contains("middle");
        assertThat(rows.get(3).getText()).startsWith("3").contains("middle");
        assertThat(text("#not-assessed")).contains("Nowhere");
        assertThat(rows.get(4).findElement(By.tagName("a")).getText()).isEqualTo(MARKUP_NAME);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__losiXss === undefined"))
                .isEqualTo(true);
        screenshot("scores.png");
    }

    private static void openACity() {
        driver.findElement(By.linkText("Brisa")).click();

        wait.until(ExpectedConditions.textToBe(By.id("city-name"), "Brisa"));
        assertThat(text("#city-value")).isEqualTo("0.6277");
        assertThat(text("#figures")).contains("high", "2 of 5");
        assertThat(driver.findElements(By.cssSelector("#items tr[data-outcome='met']")))
                .hasSize(59);
        assertThat(driver.findElements(By.cssSelector("#items tr[data-outcome='missed']")))
                .hasSize(34);
        WebElement disputed = driver.findElement(By.cssSelector("#items tr[data-item='201']"));
        assertThat(disputed.getText()).contains("not assessed", "notAssessed=exclude", "a said yes", "b said no");
    }

    private static String text(String css) {
        return browser.text(css);
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
