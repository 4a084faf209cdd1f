package org.losi.designer.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.losi.designer.web.analysis.Bundled.VALDORIA;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.designer.web.DesignerServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * The compare and analysis pages in a real browser: Debian's Chromium, headless, through its own chromedriver. The
 * charts must be drawn, not merely their containers laid out. Screenshots go to {@code target/screenshots}.
 */
class AnalysisBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SAMPLE = URLEncoder.encode(VALDORIA, StandardCharsets.UTF_8);

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
        server = Bundled.startOnRepository();
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
    void anAnalystComparesTheBetaWith2024AndSeesWhyFennickFellBehindGaldos() throws IOException {
        driver.get(server.url() + "compare?a=losi-2024&b=losi-2026-beta&sample=" + SAMPLE);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comparison tbody tr")));
        assertThat(text("#figure-cities")).contains("16");
        assertThat(text("#figure-spearman")).contains("0.9993");
        assertThat(text("#figure-kendall")).contains("0.9958");
        assertThat(text("#figure-shift")).contains("0.0625");
        assertDrawn("scatter");
        assertDrawn("shifts");
        List<WebElement> rows = driver.findElements(By.cssSelector("#comparison tbody tr"));
        assertThat(rows).hasSize(17);
        assertThat(rows.get(0).getText()).startsWith("Fennick").contains("-1");

        rows.get(0).findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("why-city"), "Fennick"));
        assertThat(text("#why-items")).contains("221b", "split from 221");
        screenshot("compare.png");
    }

    @Test
    void theAnalysisPageDrawsEachCitysRankIntervalAndTheGroupsAndNationalCharts() throws IOException {
        driver.get(server.url() + "analysis?edition=losi-2026-beta&sample=" + SAMPLE + "&over=items&spread=1");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#robustness-table tbody tr")));
        assertDrawn("rank-intervals");
        assertThat(driver.findElements(By.cssSelector("#robustness-table tbody tr")))
                .hasSize(16);
        assertThat(text("#robustness-summary")).contains("1000 draws of item weights", "[0, 2]");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#groups-table tbody tr")));
        assertDrawn("group-levels");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("national-reading")));
        assertDrawn("national-chart-0");
        assertThat(text("#national-reading")).contains("relative", "not relative");
        screenshot("analysis.png");
    }

    @Test
    void aWhatIfRanksTheCitiesAgainBesideTheEditionsRanking() {
        driver.get(server.url() + "analysis?edition=losi-2024&sample=" + SAMPLE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#criterion-inputs input")));

        new Select(driver.findElement(By.id("aggregation"))).selectByValue("mean-of-criteria");
        WebElement weight = driver.findElement(By.cssSelector("#criterion-inputs input[data-criterion='IF']"));
        weight.clear();
        weight.sendKeys("3");
        driver.findElement(By.id("rank-again")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#what-if-table tbody tr")));
        assertThat(text("#what-if-changed")).isEqualTo("IF=3");
        assertThat(text("#what-if-level-changes")).endsWith("2");
    }

    /** A canvas inside the chart's container, with a size: echarts drew into it. */
    private static void assertDrawn(String chartId) {
        WebElement canvas =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chartId + " canvas")));
        assertThat(canvas.getSize().getWidth()).as(chartId).isPositive();
        assertThat(canvas.getSize().getHeight()).as(chartId).isPositive();
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** The whole page, not only the window: the window grows to the page's height, browser frame included. */
    private static void screenshot(String name) throws IOException {
        JavascriptExecutor page = driver;
        Number height = (Number) page.executeScript("window.scrollTo(0, 0);"
                + " return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new Dimension(1360, Math.min(8000, height.intValue())));
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1360, 900));
    }
}
