package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An author's way through the designer in a real browser: fork the final edition, add a channel-independent AI item
 * by form and see the pilot cities rescored, then break a rule in the DRL editor and see it marked while the saved
 * edition still scores. The pilot sample answers the new item, on the chatbot channel, for some cities.
 */
class AuthoringBrowserTest {
    private static final String BETA = "losi-2026-beta";
    private static final String SAMPLE = "pilot/cities.json";
    private static final String AI_ITEM = "270c";
    private static final String BROKEN_RULE = "item 205";
    private static final String CONDITION = "City( yes(\"205\") )";

    @TempDir
    static Path temp;

    private static DesignerServer server;
    private static Http http;
    private static Browser browser;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        copy(Fixtures.rules().resolve(Workbench.FINAL), Files.createDirectories(rules.resolve(Workbench.FINAL)));
        server = DesignerServer.start(rules, pilotSamples(), null, 0);
        http = new Http(server);
        browser = Browser.start(Files.createDirectories(temp.resolve("profiles")));
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
    void anAuthorForksAddsAnAiItemSeesCitiesRescoredAndBreaksARuleWithoutBreakingTheEdition() {
        forkTheFinalEdition();
        sayWhoIsEditing();
        addTheAiItemByForm();
        breakARuleInTheEditor();
    }

    private static void forkTheFinalEdition() {
        driver.get(server.url() + "editions/" + Workbench.FINAL + "?sample=" + SAMPLE);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("fork-button")));
        assertThat(browser.text("#read-only")).contains("final and read-only");
        assertThat(driver.findElements(By.id("add-item"))).isEmpty();

        driver.findElement(By.id("fork-button")).click();
        WebElement id = wait.until(ExpectedConditions.elementToBeClickable(By.id("fork-id")));
        id.clear();
        id.sendKeys(BETA);
        driver.findElement(By.id("fork-title")).clear();
        driver.findElement(By.id("fork-title")).sendKeys("LOSI 2026 beta");
        driver.findElement(By.id("fork-submit")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edition-title"), "LOSI 2026 beta"));
        assertThat(driver.getCurrentUrl()).endsWith("/editions/" + BETA + "?sample=" + SAMPLE.replace("/", "%2F"));
        assertThat(browser.text("#edition")).contains("based on " + Workbench.FINAL);
    }

    private static void sayWhoIsEditing() {
        driver.findElement(By.id("author-input-name")).sendKeys("Ana Author");
        driver.findElement(By.id("author-input-email")).sendKeys("ana@example.org");
        driver.findElement(By.cssSelector("#author-form button")).click();

        wait.until(ExpectedConditions.textToBe(By.id("author-name"), "Ana Author"));
        assertThat(new Select(driver.findElement(By.id("sample")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(SAMPLE);
    }

    private static void addTheAiItemByForm() {
        driver.findElement(By.id("add-item")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("item-code"))).sendKeys(AI_ITEM);
        assertThat(browser.text("#author-bar")).contains("Editing as Ana Author");
        new Select(driver.findElement(By.id("item-criterion"))).selectByValue("TEC");
        driver.findElement(By.id("item-wording")).sendKeys("AI assistant that hands over to a person");
        driver.findElement(By.id("item-advice")).sendKeys("Let people reach staff from the city's AI assistant");
        driver.findElement(By.id("item-osi")).sendKeys("OSI-TII");
        driver.findElement(By.id("kind-any-channel")).click();
        browser.screenshotWholePage("item-form.png");

        driver.findElement(By.id("save-item")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("written-rule")));
        assertThat(browser.text("#written-rule"))
                .contains("rule \"item " + AI_ITEM + "\"", "yesAnywhere(\"" + AI_ITEM + "\")", "@osi(\"OSI-TII\")");
        List<WebElement> moved = driver.findElements(By.cssSelector("#effect-table tbody tr"));
        assertThat(moved).isNotEmpty();
        assertThat(moved.get(0).getText()).contains("→");
        assertThat(browser.text("#effect-summary")).contains("changed");
        assertThat(browser.text("#item-title")).isEqualTo("Item " + AI_ITEM);
        browser.screenshotWholePage("item-saved.png");
    }

    private static void breakARuleInTheEditor() {
        driver.get(server.url() + "editions/" + BETA + "/rules?file=technology.drl&sample=" + SAMPLE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "Compiles"));
        int line = deleteTheClosingParenthesisOfTheCondition();

        WebElement marker =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".drl-problem-marker")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "problem"));
        assertThat(Integer.parseInt(marker.getAttribute("data-line"))).isBetween(line, line + 1);
        assertThat(marker.getAttribute("title")).contains("rule \"" + BROKEN_RULE + "\"");
        assertThat(driver.findElements(By.cssSelector(".CodeMirror .drl-problem")))
                .isNotEmpty();
        assertThat(browser.text("#problem-list")).contains("technology.drl:", "rule \"" + BROKEN_RULE + "\"");
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.querySelector('.CodeMirror').CodeMirror"
                                + ".scrollIntoView({line: arguments[0], ch: 0}, 160)",
                        line - 1);
        browser.screenshotWholePage("editor-error.png");

        driver.findElement(By.id("save-file")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-saved")));
        assertThat(browser.text("#not-saved")).contains("kept as draft", BROKEN_RULE);
        assertThat(http.get("/api/editions/" + BETA + "/scores?sample=" + SAMPLE)
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/editions/" + BETA).json().get("items")).hasSize(96);
    }

    /** Puts the cursor after the condition's last parenthesis and presses Backspace, as an author would. */
    private static int deleteTheClosingParenthesisOfTheCondition() {
        Object found = ((JavascriptExecutor) driver)
                .executeScript(
                        "const cm = document.querySelector('.CodeMirror').CodeMirror;"
                                + " for (let i = 0; i < cm.lineCount(); i++) {"
                                + "   const at = cm.getLine(i).indexOf(arguments[0]);"
                                + "   if (at >= 0) { cm.focus(); cm.setCursor({line: i, ch: at + arguments[0].length});"
                                + "     return i + 1; } }"
                                + " return -1;",
                        CONDITION);
        int line = ((Number) found).intValue();
        assertThat(line).as("the line holding %s", CONDITION).isPositive();
        driver.switchTo().activeElement().sendKeys(Keys.BACK_SPACE);
        return line;
    }

    private static Path pilotSamples() {
        URL pilot = AuthoringBrowserTest.class.getResource("/pilot-samples/" + SAMPLE);
        assertThat(pilot).as("the test resources' pilot sample").isNotNull();
        try {
            return Path.of(pilot.toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
