package io.runledger.http;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The console's browser tests over a server on SQLite holding {@link ConsoleSeed}'s data, with the
 * reading and keyboard helpers they share.
 */
abstract class SeededConsoleContract extends BrowserContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }

    @BeforeAll
    void seed() {
        new ConsoleSeed(runtime.storeForWriting(), Instant.now()).seed();
    }

    /**
     * Presses {@code key} (Tab, or Shift+Tab to go back) until the focused element is {@code wanted};
     * at most 80 times.
     */
    protected WebElement tabUntil(CharSequence key, Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            WebElement active = driver.switchTo().activeElement();
            try {
                if (wanted.test(active)) {
                    return active;
                }
            } catch (StaleElementReferenceException redrawn) {
                continue; // redrawn between reading the focus and asking it: read the focus again
            }
            // To the page, not to the element: pages redraw as they poll, and a redrawn element
            // that still has focus may already be detached.
            new Actions(driver).sendKeys(key).perform();
        }
        throw new AssertionError("the keyboard never reached the element");
    }

    protected WebElement tabUntil(Predicate<WebElement> wanted) {
        return tabUntil(Keys.TAB, wanted);
    }

    /** The attribute of every element matching {@code css}, read at one instant (rows are redrawn as data arrives). */
    protected List<String> ids(String css, String attribute) {
        Object found = script("return [...document.querySelectorAll(arguments[0])].map(e => e.getAttribute(arguments[1]));", css, attribute);
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }
}
