package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The console on a server with tokens: it asks for a token when the API answers 401, keeps it in the
 * tab's sessionStorage only, and never puts it in the location or the page.
 */
class WebConsoleTokenBrowserTest extends BrowserContract {
    private static final String READ = "console-read-Zq81";
    private static final String WRITE = "console-write-Pm42";

    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }

    @Override
    protected AccessTokens tokens() {
        return AccessTokens.parse("read:" + READ + ",write:" + WRITE, "test");
    }

    @Override
    protected Optional<String> clientToken() {
        return Optional.of(WRITE);
    }

    @Override
    protected boolean expectedConsoleError(String message) {
        // The browser logs every refused fetch: a 401 before the prompt, and the read token's 403 on the deep check.
        return message.contains("401") || message.contains("/v1/store/check") && message.contains("403");
    }

    @Test
    void aTokenPromptAppearsOnA401AndTheReadTokenIsKeptForTheSessionOnly() {
        api.post("/v1/runs", "{\"run_id\":\"guarded-1\",\"labels\":{\"team\":\"core\"}}");
        open("#/runs");
        waitUntil("the token prompt", d -> driver.findElement(By.id("token-dialog")).isDisplayed());
        screenshot("token-prompt");

        driver.findElement(By.id("token-input")).sendKeys("not-a-token", Keys.ENTER);
        waitUntil("the prompt again, saying why",
                d -> driver.findElement(By.id("token-why")).getText().contains("did not accept"));
        assertEquals(null, script("return sessionStorage.getItem('runledger.token');"), "a refused token is forgotten");

        driver.findElement(By.id("token-input")).sendKeys(READ, Keys.ENTER);
        waitUntil("the runs", d -> !all("#runs-table tr[data-run-id='guarded-1']").isEmpty());

        assertEquals(READ, script("return sessionStorage.getItem('runledger.token');"));
        assertEquals(0L, script("return localStorage.length;"));
        assertEquals("", script("return document.cookie;"));
        assertFalse(driver.getCurrentUrl().contains(READ), "never in the location");
        assertFalse(driver.getPageSource().contains(READ), "never in the page");

        driver.findElement(By.id("forget-token")).click();
        waitUntil("the prompt after forgetting", d -> driver.findElement(By.id("token-dialog")).isDisplayed());
        assertTrue(script("return sessionStorage.getItem('runledger.token');") == null);
    }

    @Test
    void aReadTokenSeesWhereTheStoreStandsAndANoteInsteadOfTheDoctorsChecks() {
        open("#/store");
        waitUntil("the token prompt", d -> driver.findElement(By.id("token-dialog")).isDisplayed());
        driver.findElement(By.id("token-input")).sendKeys(READ, Keys.ENTER);

        waitUntil("the note on the checks", d -> !all("#store-checks-note").isEmpty());
        String facts = driver.findElement(By.id("store-facts")).getText();
        assertTrue(facts.contains("sqlite"), facts);
        assertTrue(facts.contains("Schema version\n" + runtime.admin().status().schemaHead()), facts);
        assertTrue(driver.findElement(By.id("store-verdict")).getText().contains("healthy"));
        assertTrue(driver.findElement(By.id("store-checks-note")).getText().contains("admin role"));
        assertTrue(all("#store-checks").isEmpty(), "no checks for a read token");
        screenshot("store-read-token");
        script("sessionStorage.clear();"); // the other test starts without a token
    }
}
