package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's pages for a team, in headless Chromium against a live server on SQLite with
 * {@link ConsoleSeed}'s data: the Audit page (search across runs, cursor pages, live tail, links to
 * runs), Runs over time (the chart's points and the figures per label checked against
 * {@code GET /v1/runs/stats}, a hover that names the run) and the run timeline's zoom — by mouse and
 * by keyboard alone, at 1280 and 390 pixels.
 */
class ConsoleTeamPagesBrowserTest extends SeededConsoleContract {
    @Test
    void theAuditPageSearchesAcrossRunsByLevelAndTextAndLinksEachEventToItsRun() {
        open("#/audit");
        waitUntil("events", d -> !all("#audit-table tr[data-event-id]").isEmpty());
        new Select(driver.findElement(By.id("audit-level"))).selectByValue("error");
        driver.findElement(By.id("audit-text")).sendKeys("Test.", Keys.ENTER);

        List<String> expected = eventIds(api.get("/v1/audit?level=error&text=Test.&limit=50").json());
        assertEquals(3, expected.size(), "the seed's three failed tests");
        waitUntil("only the matching events", d -> ids("#audit-table tr[data-event-id]", "data-event-id").equals(expected));
        assertTrue(driver.getCurrentUrl().contains("text=Test."), "the search is in the location");
        screenshot("audit");

        driver.findElement(By.cssSelector("#audit-table tr[data-event-id] a.run-link")).click();
        waitUntil("the event's run", d -> d.getCurrentUrl().endsWith("#/runs/" + ConsoleSeed.DEMO_RUN)
                && !all("#timeline .bar").isEmpty());
    }

    @Test
    void theAuditPagePagesByCursorAndTailsNewEventsLive() {
        String scope = id("paged");
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            batch.add("{\"event_id\":\"" + scope + "-" + String.format("%02d", i) + "\",\"level\":\"info\",\"scope\":\"" + scope
                    + "\",\"event\":\"page.test\",\"message\":\"event " + i + "\"}");
        }
        api.post("/v1/audit", "{\"events\":[" + String.join(",", batch) + "]}");
        open("#/audit?scope=" + scope);
        JsonNode first = api.get("/v1/audit?scope=" + scope + "&limit=50").json();
        waitUntil("a full first page", d -> ids("#audit-table tr[data-event-id]", "data-event-id").equals(eventIds(first)));

        driver.findElement(By.id("audit-next-page")).click();
        JsonNode second = api.get("/v1/audit?scope=" + scope + "&limit=50&cursor=" + first.path("next_cursor").asText()).json();
        waitUntil("the second page", d -> ids("#audit-table tr[data-event-id]", "data-event-id").equals(eventIds(second)));
        assertEquals(10, eventIds(second).size());
        markDocument();

        String late = scope + "-99";
        api.post("/v1/audit", "{\"events\":[{\"event_id\":\"" + late + "\",\"level\":\"warn\",\"scope\":\"" + scope
                + "\",\"event\":\"page.test\",\"message\":\"arrived while watching\"}]}");
        waitUntil("the new event on the last page", d -> !all("#audit-table tr[data-event-id='" + late + "']").isEmpty());
        assertTrue(documentStillMarked(), "tailed, not reloaded");
        driver.findElement(By.id("audit-first-page")).click();
        waitUntil("the first page again", d -> ids("#audit-table tr[data-event-id]", "data-event-id").equals(eventIds(first)));
    }

    @Test
    void theRunsOverTimeChartShowsTheApisPointsAndFiguresAndAHoverNamesTheRun() {
        open("#/trends?hours=2");
        JsonNode stats = api.get("/v1/runs/stats?group_by=team&from=" + dayAgo()).json();
        assertEquals(ConsoleSeed.RUNS, stats.path("points").size());
        waitUntil("a point per run", d -> all("#runs-chart .point").size() == stats.path("points").size());
        assertEquals(pointIds(stats), new TreeSet<>(ids("#runs-chart .point", "data-run-id")));

        List<String> groups = new ArrayList<>();
        stats.path("groups").forEach(g -> groups.add(g.path("label_value").asText()));
        assertEquals(List.of("core", "web"), groups);
        assertEquals(List.of("", "core", "web"), ids("#stats-table tbody tr", "data-group"));
        String rate = String.format(java.util.Locale.ROOT, "%.1f %%", stats.path("overall").path("success_rate").asDouble() * 100);
        assertEquals(rate, driver.findElement(By.cssSelector("#stats-table tbody tr[data-group=''] .rate")).getText());

        WebElement point = driver.findElement(By.cssSelector("#runs-chart .point[data-run-id='run-005']"));
        new Actions(driver).moveToElement(point).perform();
        WebElement tip = driver.findElement(By.id("chart-tip"));
        waitUntil("the hovered run named", d -> tip.isDisplayed() && tip.getText().contains("run-005"));
        screenshot("runs-over-time");

        new Select(driver.findElement(By.id("trend-status"))).selectByValue("failed");
        driver.findElement(By.id("trend-label")).sendKeys("team=core", Keys.ENTER);
        JsonNode failed = api.get("/v1/runs/stats?status=failed&label=team%3Dcore&from=" + dayAgo()).json();
        assertTrue(failed.path("points").size() >= 2, "the seed has failed core runs");
        waitUntil("only failed core runs", d -> new TreeSet<>(ids("#runs-chart .point", "data-run-id")).equals(pointIds(failed)));
        assertEquals(List.of("failed"), ids("#runs-chart .point", "data-status").stream().distinct().toList());
    }

    @Test
    void theTimelineZoomsInPansAndFitsAndTheHoverShowsTheStepsShare() {
        open("#/runs/" + ConsoleSeed.DEMO_RUN);
        String compile = "#timeline .bar[data-step-id='s03']";
        waitUntil("the bars", d -> !all(compile).isEmpty());
        double whole = driver.findElement(By.cssSelector(compile)).getRect().getWidth();
        driver.findElement(By.id("timeline-zoom-in")).click();
        waitUntil("a wider bar", d -> d.findElement(By.cssSelector(compile)).getRect().getWidth() > whole * 1.5);
        assertEquals("2×", driver.findElement(By.id("timeline-zoom-level")).getText());
        script("const pan = document.getElementById('timeline-pan'); pan.value = '1000'; pan.dispatchEvent(new Event('input'));");
        driver.findElement(By.id("timeline-fit")).click();
        waitUntil("the whole run again", d -> Math.abs(d.findElement(By.cssSelector(compile)).getRect().getWidth() - whole) < whole * 0.2);

        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(compile))).perform();
        WebElement tip = driver.findElement(By.id("tip-s03"));
        waitUntil("the step's share of the run", d -> tip.isDisplayed() && tip.getText().contains("% of the run"));
    }

    @Test
    void theKeyboardAloneReachesTheAuditPageAndTheChartAndOpensARunFromAPoint() {
        open("#/runs");
        waitUntil("runs", d -> !all("#runs-table tr[data-run-id]").isEmpty());
        tabUntil(Keys.TAB, e -> "#/audit".equals(e.getDomAttribute("href"))).sendKeys(Keys.ENTER);
        waitUntil("the Audit page", d -> !all("#audit-table tr[data-event-id]").isEmpty());
        // from the page's main region back up to the navigation
        tabUntil(Keys.chord(Keys.SHIFT, Keys.TAB), e -> "#/trends".equals(e.getDomAttribute("href"))).sendKeys(Keys.ENTER);
        waitUntil("the chart", d -> !all("#runs-chart .point").isEmpty());
        WebElement point = tabUntil(Keys.TAB, e -> e.getDomAttribute("data-run-id") != null);
        String runId = point.getAttribute("data-run-id");
        waitUntil("focus names the run", d -> d.findElement(By.id("chart-tip")).getText().contains(runId));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntil("the point's run", d -> d.getCurrentUrl().endsWith("#/runs/" + runId));
    }

    @Test
    void theNewPagesFitA390PixelWideScreen() {
        resize(390, 844);
        try {
            Map<String, String> pages = Map.of("audit", "#/audit", "runs-over-time", "#/trends?hours=2");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                open(page.getValue());
                waitUntil("content on " + page, d -> !all("#audit-table tr[data-event-id], #runs-chart .point").isEmpty());
                long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0, overflow, "no sideways scrolling of the page on " + page.getValue());
                screenshot(page.getKey() + "-390px");
            }
        } finally {
            resize(1280, 900);
        }
    }

    private static String dayAgo() {
        return Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ".000000Z");
    }

    private static List<String> eventIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(e -> ids.add(e.path("event_id").asText()));
        return ids;
    }

    private static TreeSet<String> pointIds(JsonNode stats) {
        TreeSet<String> ids = new TreeSet<>();
        stats.path("points").forEach(p -> ids.add(p.path("run_id").asText()));
        return ids;
    }
}
