package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.testing.http.HttpReply;
import org.junit.jupiter.api.Test;

/**
 * The console's files are served at {@code /} without a token, with the right content types, while
 * the API keeps its own answers: a path it does not have is still a 404 problem. Needs no browser.
 */
class WebConsoleServingTest extends ApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }

    @Override
    protected AccessTokens tokens() {
        return AccessTokens.parse("read:serving-test-token", "test");
    }

    @Test
    void theConsoleIsServedAtTheRootWithoutAToken() {
        HttpReply page = api.unobserved().send("GET", "/");

        assertEquals(200, page.status(), page::toString);
        assertTrue(page.contentType().orElseThrow().startsWith("text/html"), page::toString);
        assertTrue(page.body().contains("<script type=\"module\" src=\"/js/app.js\">"));
    }

    @Test
    void itsModulesAndStylesHaveTheirContentTypes() {
        for (String module : new String[] {"app", "api", "dom", "runs", "run", "timeline", "tail", "store"}) {
            HttpReply script = api.unobserved().send("GET", "/js/" + module + ".js");
            assertEquals(200, script.status(), script::toString);
            assertTrue(script.contentType().orElseThrow().contains("javascript"), script::toString);
        }
        HttpReply css = api.unobserved().send("GET", "/console.css");
        assertTrue(css.contentType().orElseThrow().startsWith("text/css"), css::toString);
    }

    @Test
    void theApiStillAnswersForItselfAndNeedsItsToken() {
        for (String path : new String[] {"/nothing-here", "/js/nothing.js"}) {
            HttpReply unknown = api.unobserved().send("GET", path);
            assertEquals(404, unknown.status(), unknown::toString);
            assertEquals("application/problem+json", unknown.mediaType(), unknown::toString);
        }

        assertProblem(api.get("/v1/store"), 401, "unauthorized");
        assertEquals(200, api.withToken(java.util.Optional.of("serving-test-token")).get("/v1/store").status());
    }
}
