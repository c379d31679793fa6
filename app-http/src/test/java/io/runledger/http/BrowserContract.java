package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

/**
 * The base of the web console's browser tests: the live API server of {@link ApiContract} and one
 * headless Chromium per class. Where no browser is installed every test is skipped with the reason
 * (a JUnit assumption, reported as skipped, and a warning in the log) — never passed without running.
 * After each test the browser's console must hold no script error.
 */
abstract class BrowserContract extends ApiContract {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(15);

    protected ChromiumBrowser browser;
    private Optional<String> missing = Optional.empty();
    protected ChromeDriver driver;

    @BeforeAll
    void startBrowser() {
        missing = ChromiumBrowser.missing();
        if (missing.isPresent()) {
            LoggerFactory.getLogger(getClass()).warn("SKIPPING the browser tests of {}: {}", getClass().getSimpleName(),
                    missing.orElseThrow());
            return;
        }
        browser = ChromiumBrowser.start();
        driver = browser.driver();
    }

    /** Each test, not the class, is skipped, so that the report counts every browser test as skipped. */
    @BeforeEach
    void aBrowserIsInstalled() {
        Assumptions.assumeTrue(missing.isEmpty(), () -> "SKIPPED: " + missing.orElseThrow());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void theBrowserConsoleHasNoScriptErrors() {
        if (driver == null) {
            return;
        }
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(message -> !expectedConsoleError(message)).toList();
        assertEquals(List.of(), errors);
    }

    /** Console errors a test provokes on purpose (the 401 of the token prompt). */
    protected boolean expectedConsoleError(String message) {
        return false;
    }

    /** Loads a console location, e.g. {@code #/runs/r-1}, as a fresh page. */
    protected void open(String fragment) {
        driver.get("http://127.0.0.1:" + server.port() + "/" + fragment);
        driver.navigate().refresh();
    }

    protected <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    protected void waitUntil(String what, Predicate<WebDriver> condition) {
        new WebDriverWait(driver, PATIENCE).withMessage(what).until(condition::test);
    }

    protected List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    protected Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Marks the loaded document, so a test can prove a change arrived without a reload. */
    protected void markDocument() {
        script("window.__runledgerNoReload = true;");
    }

    protected boolean documentStillMarked() {
        return Boolean.TRUE.equals(script("return window.__runledgerNoReload === true;"));
    }

    protected void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves target/screenshots/NAME.png of the whole page at the window's width. */
    protected void screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight);");
        resize(before.getWidth(), (int) Math.min(Math.max(height + 100, before.getHeight()), 4000));
        script("window.scrollTo(0, 0);");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            resize(before.getWidth(), before.getHeight());
        }
    }
}
