package io.runledger.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web console in headless Chromium against a live server on SQLite with {@link ConsoleSeed}'s
 * data: the runs page, a run's timeline and audit tail, the store page, and their live updates.
 */
class WebConsoleBrowserTest extends SeededConsoleContract {
    @Test
    void theRunsPageShowsEachRunWithItsStatusColourAndPagesByCursor() {
        open("#/runs");
        waitUntil("a full first page", d -> all("#runs-table tr[data-run-id]").size() == 25);
        List<List<String>> expected = items(api.get("/v1/runs?limit=25").json()).stream()
                .map(run -> List.of(run.path("run_id").asText(), "badge status-" + run.path("status").asText(),
                        run.path("status").asText())).toList();
        assertEquals(expected, script("return [...document.querySelectorAll('#runs-table tr[data-run-id]')].map(row => "
                + "[row.dataset.runId, row.querySelector('.badge').className, row.querySelector('.badge').textContent]);"));
        screenshot("runs");

        driver.findElement(By.id("next-page")).click();
        waitUntil("the second page", d -> ids("#runs-table tr[data-run-id]", "data-run-id").equals(List.of("run-026", "run-027")));
        assertTrue(driver.findElement(By.id("next-page")).getAttribute("disabled") != null);
        driver.findElement(By.id("first-page")).click();
        waitUntil("the first page again", d -> all("#runs-table tr[data-run-id]").size() == 25);
    }

    @Test
    void theRunsPageFiltersByStatusAndByLabel() {
        open("#/runs");
        waitUntil("runs", d -> !all("#runs-table tr[data-run-id]").isEmpty());
        new Select(driver.findElement(By.id("filter-status"))).selectByValue("failed");
        driver.findElement(By.id("filter-label")).sendKeys("team=core", Keys.ENTER);

        List<String> expected = items(api.get("/v1/runs?status=failed&label=team%3Dcore").json()).stream()
                .map(run -> run.path("run_id").asText()).toList();
        assertTrue(expected.size() >= 2, "the seed has failed core runs");
        waitUntil("only failed core runs", d -> ids("#runs-table tr[data-run-id]", "data-run-id").equals(expected));
        assertTrue(driver.getCurrentUrl().contains("status=failed"), "the filter is in the location, to share or reload");
    }

    @Test
    void theRunsPageRefreshesItselfWhileARunIsRunning() {
        open("#/runs");
        String row = "#runs-table tr[data-run-id='" + ConsoleSeed.IDLE_RUNNING_RUN + "']";
        waitUntil("the running run", d -> "running".equals(attribute(row, "data-status")));
        assertTrue(driver.findElement(By.id("refresh-note")).getText().contains("Refreshing"));
        markDocument();

        api.patch("/v1/runs/" + ConsoleSeed.IDLE_RUNNING_RUN, "{\"status\":\"cancelled\"}");

        waitUntil("the run's new status without a reload", d -> "cancelled".equals(attribute(row, "data-status")));
        assertTrue(documentStillMarked());
    }

    @Test
    void theTimelineHasOneBarPerStepInOrderColouredByStatusAndShowsStatsOnHoverAndFocus() {
        assertEquals(List.of("failed", "pending", "running", "skipped", "succeeded"),
                ConsoleSeed.DEMO_STATUSES.stream().distinct().sorted().toList(), "the seed has every step status");
        open("#/runs/" + ConsoleSeed.DEMO_RUN);
        List<JsonNode> steps = items(api.get("/v1/runs/" + ConsoleSeed.DEMO_RUN + "/steps").json());
        waitUntil("a bar per step", d -> all("#timeline .bar").size() == steps.size());

        assertEquals(steps.stream().map(step -> List.of(step.path("step_id").asText(), "bar status-" + step.path("status").asText()))
                .toList(), barsShown(), "the bars follow the steps' order and status");
        for (int i = 0; i < ConsoleSeed.DEMO_STEPS.size(); i++) {
            String bar = "#timeline .bar[data-step-id='" + ConsoleSeed.DEMO_STEPS.get(i) + "']";
            assertEquals(ConsoleSeed.DEMO_STATUSES.get(i), attribute(bar, "data-status"));
        }
        String header = driver.findElement(By.cssSelector(".run-header")).getText();
        JsonNode run = api.get("/v1/runs/" + ConsoleSeed.DEMO_RUN).json();
        assertTrue(header.contains(run.path("config_hash").asText()), header);
        assertTrue(header.contains("team=web"), header);
        assertTrue(driver.findElement(By.id("run-args")).getText().contains("\"shard\": 12"));

        WebElement failed = driver.findElement(By.cssSelector("#timeline .bar[data-step-id='s04']"));
        new Actions(driver).moveToElement(failed).perform();
        WebElement tip = driver.findElement(By.id("tip-s04"));
        waitUntil("the hovered step's stats", d -> tip.isDisplayed() && tip.getText().contains("\"passed\": 1204"));
        driver.findElement(By.id("steps-title")).click();
        script("arguments[0].focus();", failed);
        screenshot("run");

        driver.findElement(By.id("steps-title")).click();
        WebElement focused = tabUntil(element -> "s01".equals(element.getAttribute("data-step-id")));
        assertTrue(driver.findElement(By.id("tip-s01")).isDisplayed(), "focus shows the stats too");
        assertTrue(focused.getAttribute("aria-label").startsWith("checkout: succeeded"));
    }

    @Test
    void aRunningBarGrowsAndAStepTransitionAppearsWithoutAReload() {
        open("#/runs/" + ConsoleSeed.DEMO_RUN);
        String running = "#timeline .bar[data-step-id='s05']";
        waitUntil("the running bar", d -> !all(running).isEmpty());
        double before = driver.findElement(By.cssSelector(running)).getRect().getWidth();
        waitUntil("the running bar to grow", d -> d.findElement(By.cssSelector(running)).getRect().getWidth() > before);
        markDocument();

        String stepId = id("late");
        api.post("/v1/runs/" + ConsoleSeed.DEMO_RUN + "/steps", "{\"step_id\":\"" + stepId + "\",\"name\":\"deploy preview\"}");
        String bar = "#timeline .bar[data-step-id='" + stepId + "']";
        waitUntil("the new step's bar", d -> "pending".equals(attribute(bar, "data-status")));
        api.patch("/v1/runs/" + ConsoleSeed.DEMO_RUN + "/steps/" + stepId, "{\"status\":\"running\"}");
        waitUntil("the step running", d -> "running".equals(attribute(bar, "data-status")));
        api.patch("/v1/runs/" + ConsoleSeed.DEMO_RUN + "/steps/" + stepId, "{\"status\":\"succeeded\",\"stats\":{\"urls\":1}}");
        waitUntil("the step succeeded", d -> attribute(bar, "class").contains("status-succeeded"));
        assertTrue(documentStillMarked(), "no reload");
    }

    @Test
    void aNewAuditEventAppearsInTheTailExactlyOnceAndTheFiltersNarrowIt() {
        open("#/runs/" + ConsoleSeed.DEMO_RUN);
        int stored = items(api.get("/v1/audit?run_id=" + ConsoleSeed.DEMO_RUN + "&limit=1000").json()).size();
        waitUntil("the stored events", d -> all("#audit-events li").size() == stored);

        String batch = id("tail");
        String first = batch + "-1";
        String second = batch + "-2";
        String third = batch + "-3";
        api.post("/v1/audit", events(event(first, "info", "tail test")));
        waitUntil("the new event", d -> !all("#audit-events li[data-event-id='" + first + "']").isEmpty());
        driver.findElement(By.id("live-tail")).click();
        api.post("/v1/audit", events(event(second, "warn", "while paused"), event(third, "error", "while paused")));
        timelinePolledTwiceSinceNow();
        assertTrue(all("#audit-events li[data-event-id='" + second + "']").isEmpty(), "paused: nothing new");
        driver.findElement(By.id("live-tail")).click();
        waitUntil("the events of the pause", d -> !all("#audit-events li[data-event-id='" + third + "']").isEmpty());
        List<String> markers = tailPolledTwiceSinceNow();

        List<String> shown = ids("#audit-events li", "data-event-id");
        assertEquals(stored + 3 + markers.size(), shown.size(), shown::toString);
        assertEquals(shown.size(), shown.stream().distinct().count(), "no event twice");
        assertEquals(List.of(first, second, third), shown.subList(stored, stored + 3));

        new Select(driver.findElement(By.id("filter-level"))).selectByValue("error");
        driver.findElement(By.cssSelector("#filter-scope")).sendKeys("tests", Keys.ENTER);
        List<String> errors = items(api.get("/v1/audit?run_id=" + ConsoleSeed.DEMO_RUN + "&level=error&scope=tests").json())
                .stream().map(e -> e.path("event_id").asText()).toList();
        assertEquals(3, errors.size());
        waitUntil("only the tests' errors", d -> ids("#audit-events li", "data-event-id").equals(errors));
    }

    @Test
    void anEventCommittedAfterALaterIdWasShownStillReachesTheTailOnce() {
        open("#/runs/" + ConsoleSeed.DEMO_RUN);
        String shownFirst = id("tail");
        api.post("/v1/audit", events(event(shownFirst, "info", "shown first")));
        waitUntil("the first event", d -> !all("#audit-events li[data-event-id='" + shownFirst + "']").isEmpty());

        // Sorts before every id already shown, as a concurrent writer's or a client's id may.
        String late = "00-late-" + System.nanoTime();
        api.post("/v1/audit", events(event(late, "info", "committed late")));
        waitUntil("the late event", d -> !all("#audit-events li[data-event-id='" + late + "']").isEmpty());
        tailPolledTwiceSinceNow();

        List<String> shown = ids("#audit-events li", "data-event-id");
        assertEquals(1, shown.stream().filter(late::equals).count(), shown::toString);
        assertEquals(shown.size(), shown.stream().distinct().count(), "no event twice");
    }

    @Test
    void theStorePageReachedByKeyboardShowsTheBackendItsSchemaTheAuditChainAndTheDoctorsChecks() {
        JsonNode verified = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> api.get("/v1/store").json().path("audit_chain").path("last_verification"), v -> !v.isMissingNode() && !v.isNull());
        assertEquals("intact", verified.path("result").asText(), verified::toString);
        open("#/runs");
        waitUntil("runs", d -> !all("#runs-table tr[data-run-id]").isEmpty());
        tabUntil(e -> "#/store".equals(e.getDomAttribute("href"))).sendKeys(Keys.ENTER);
        waitUntil("the checks", d -> !all("#store-checks tr[data-check]").isEmpty());
        JsonNode head = api.get("/v1/audit/head").json();
        String chainHead = driver.findElement(By.id("store-chain-head")).getText();
        assertTrue(chainHead.startsWith("seq " + head.path("seq").asLong()), chainHead);
        assertTrue(chainHead.contains(head.path("chain").asText()), chainHead);
        String lastVerified = driver.findElement(By.id("store-chain-verified")).getText();
        assertTrue(lastVerified.matches("(?s).*, in \\d+\\.\\d\\d s: ✓ intact, (positions 1\\.\\.\\d+|none) of \\d+.*"), lastVerified);
        JsonNode report = api.get("/v1/store/check").json();
        String facts = driver.findElement(By.id("store-facts")).getText();
        assertTrue(facts.contains("sqlite"), facts);
        assertTrue(facts.contains(report.path("persistence_mode").asText()), facts);
        assertTrue(facts.contains("Schema version\n" + runtime.admin().status().schemaHead()), facts);
        assertEquals(report.path("checks").size(), all("#store-checks tr[data-check]").size());
        assertTrue(driver.findElement(By.id("store-verdict")).getText().contains("healthy"));
        screenshot("store");
    }

    @Test
    void everyPageFitsA390PixelWideScreen() {
        resize(390, 844);
        try {
            Map<String, String> pages = Map.of("runs", "#/runs", "run", "#/runs/" + ConsoleSeed.DEMO_RUN, "store", "#/store");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                open(page.getValue());
                waitUntil("content on " + page, d -> !all("main table tbody tr, main .timeline .bar").isEmpty());
                long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0, overflow, "no sideways scrolling of the page on " + page.getValue());
                screenshot(page.getKey() + "-390px");
            }
        } finally {
            resize(1280, 900);
        }
    }

    private String attribute(String css, String name) {
        return String.valueOf(script("const e = document.querySelector(arguments[0]); "
                + "return e ? e.getAttribute(arguments[1]) : '';", css, name));
    }

    /** Each bar's step id and classes, with the pending and skipped markers' extra class left out. */
    private Object barsShown() {
        return script("return [...document.querySelectorAll('#timeline .bar')].map(b => "
                + "[b.dataset.stepId, b.className.replace(' marker', '')]);");
    }

    /**
     * Posts two marker events (ids sorting after every other) one after the other and waits until the
     * tail shows each: once the second is shown, the tail has completed at least two polls after this
     * call, so whatever a later poll would (wrongly) add again has had its chance to appear. Returns
     * the markers' ids.
     */
    private List<String> tailPolledTwiceSinceNow() {
        List<String> markers = List.of(id("zz-marker"), id("zz-marker"));
        for (String marker : markers) {
            api.post("/v1/audit", events(event(marker, "info", "poll marker")));
            waitUntil("the tail to show " + marker, d -> !all("#audit-events li[data-event-id='" + marker + "']").isEmpty());
        }
        return markers;
    }

    /**
     * The positive signal before a "nothing appears while paused" check: a step created now, then set
     * running, each shown by the page's timeline poll (as often as the tail's). Once both show, the page
     * has polled at least twice since this call, so a tail that was still live would have shown the
     * events committed before it.
     */
    private void timelinePolledTwiceSinceNow() {
        String stepId = id("marker");
        String bar = "#timeline .bar[data-step-id='" + stepId + "']";
        api.post("/v1/runs/" + ConsoleSeed.DEMO_RUN + "/steps", "{\"step_id\":\"" + stepId + "\",\"name\":\"poll marker\"}");
        waitUntil("the timeline to show " + stepId, d -> "pending".equals(attribute(bar, "data-status")));
        api.patch("/v1/runs/" + ConsoleSeed.DEMO_RUN + "/steps/" + stepId, "{\"status\":\"running\"}");
        waitUntil("the timeline to show " + stepId + " running", d -> "running".equals(attribute(bar, "data-status")));
    }

    private static String event(String eventId, String level, String message) {
        return "{\"event_id\":\"" + eventId + "\",\"level\":\"" + level + "\",\"scope\":\"console\","
                + "\"event\":\"tail.test\",\"message\":\"" + message + "\",\"run_id\":\"" + ConsoleSeed.DEMO_RUN + "\"}";
    }

    private static String events(String... events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        return items;
    }
}
