package io.runledger.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven over
 * WebDriver. Both paths are given to Selenium, so Selenium Manager never looks for, or downloads, a
 * browser or a driver. Each session has a fresh profile directory, removed on close.
 */
final class ChromiumBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("RUNLEDGER_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("RUNLEDGER_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1280,900");

    private final ChromeDriver driver;
    private final Path profile;

    private ChromiumBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Why no browser can run here, or empty when both executables are present. */
    static Optional<String> missing() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return Optional.of("no headless browser: " + CHROMIUM + " and " + CHROMEDRIVER + " must both exist "
                    + "(apt-get install chromium chromium-driver, or set RUNLEDGER_CHROMIUM and RUNLEDGER_CHROMEDRIVER)");
        }
        return Optional.empty();
    }

    static ChromiumBrowser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("runledger-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromiumBrowser(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                // Chromium may still be letting go of its profile; a leftover temp directory is harmless.
            }
        }
    }
}
