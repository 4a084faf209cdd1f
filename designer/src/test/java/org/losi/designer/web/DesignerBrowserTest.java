package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The designer once in a real browser: Debian's Chromium, headless, driven through its own chromedriver so that
 * nothing is downloaded. CI installs both; without them this test fails rather than skips.
 */
class DesignerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String MARKUP_NAME =
            "<script>window.__losiXss = 1</script><img src=x onerror=\"window.__losiXss = 2\">";

    @TempDir
    static Path profile;

    private static DesignerServer server;
    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("the browser test needs Chromium at %s: apt-get install chromium chromium-driver", CHROMIUM)
                .isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as("the browser test needs chromedriver at %s: apt-get install chromium-driver", CHROMEDRIVER)
                .isTrue();
        server = Fixtures.startOnFreePort();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options());
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static ChromeOptions options() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--window-size=1360,900",
                "--user-data-dir=" + Files.createTempDirectory(profile, "chromium"));
        return options;
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anAnalystGoesFromTheEditionsToACityThroughTheRanking() throws IOException {
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

    private static void scoreTheDemoSample() throws IOException {
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
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(
                Fixtures.samples().getParent().getParent().resolve("screenshots"));
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
