package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, with a fresh profile, driven through its own chromedriver so that nothing is
 * downloaded. CI installs both; without them the browser tests fail rather than skip.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public final ChromeDriver driver;
    public final WebDriverWait wait;
    private final ChromeDriverService service;

    private Browser(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Starts Chromium with a new profile folder under {@code profiles}. */
    public static Browser start(Path profiles) {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("the browser test needs Chromium at %s: apt-get install chromium chromium-driver", CHROMIUM)
                .isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as("the browser test needs chromedriver at %s: apt-get install chromium-driver", CHROMEDRIVER)
                .isTrue();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(service, new ChromeDriver(service, options(profiles)));
    }

    private static ChromeOptions options(Path profiles) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        try {
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--no-first-run",
                    "--window-size=1360,900",
                    "--user-data-dir=" + Files.createTempDirectory(profiles, "chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return options;
    }

    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** Saves what the browser shows to {@code designer/target/screenshots/}. */
    public void screenshot(String name) {
        save(name);
    }

    /** Saves the whole page, not just what the window shows, by growing the window to the page's height. */
    public void screenshotWholePage(String name) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), height.intValue() + 200));
        try {
            save(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    private void save(String name) {
        try {
            Path folder = Files.createDirectories(
                    Fixtures.samples().getParent().getParent().resolve("screenshots"));
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
