package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * docs/OPERATIONS.md's alerting rules are a rule file Prometheus accepts ({@code promtool check rules})
 * and name only metrics that a real scrape of a server with traffic holds.
 */
class OperationsDocTest extends ApiContract {
    private static final Pattern FENCED_YAML = Pattern.compile("```yaml\\n(groups:.*?)```", Pattern.DOTALL);
    private static final Pattern METRIC = Pattern.compile("\\b((?:runledger|http_server)_[a-z_]+)");

    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }

    private static String rules() throws IOException {
        String configured = System.getProperty("runledger.docs");
        Path docs = configured != null ? Path.of(configured) : Path.of("..", "docs");
        Matcher block = FENCED_YAML.matcher(Files.readString(docs.resolve("OPERATIONS.md"), StandardCharsets.UTF_8));
        assertTrue(block.find(), "OPERATIONS.md has a ```yaml block of alerting rules starting with groups:");
        return block.group(1);
    }

    @Test
    void everyMetricTheAlertsNameIsInARealScrape() throws IOException {
        String runId = id("ops");
        assertEquals(201, api.post("/v1/runs", "{\"run_id\":\"" + runId + "\"}").status());
        assertEquals(201, api.post("/v1/audit", "{\"events\":[{\"run_id\":\"" + runId
                + "\",\"level\":\"info\",\"scope\":\"ops\",\"event\":\"e\",\"message\":\"m\"}]}").status());
        api.get("/v1/runs/" + id("missing"));
        MetricsScrape scrape = MetricsScrape.of(api.get("/metrics").body());

        Set<String> named = new TreeSet<>();
        Matcher metric = METRIC.matcher(String.join("\n", rules().lines().filter(l -> l.strip().startsWith("expr:")).toList()));
        while (metric.find()) {
            named.add(metric.group(1));
        }
        assertTrue(named.size() >= 4, () -> "the alerts name the ready, 5xx, commit and disk metrics: " + named);
        List<String> missing = new ArrayList<>();
        named.stream().filter(name -> !scrape.has(name)).forEach(missing::add);
        assertEquals(List.of(), missing, "metrics named by the alerts but not served");
    }

    @Test
    void theAlertingRulesPassPromtool() throws Exception {
        Assumptions.assumeTrue(MetricsScrape.PROMTOOL.isPresent(),
                "promtool is not installed (Debian package prometheus); the rule file is not checked");
        Path file = Files.createTempFile("runledger-rules", ".yml");
        try {
            Files.writeString(file, rules(), StandardCharsets.UTF_8);
            Process check = new ProcessBuilder(MetricsScrape.PROMTOOL.orElseThrow().toString(), "check", "rules",
                    file.toString()).redirectErrorStream(true).start();
            String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(check.waitFor(60, TimeUnit.SECONDS), "promtool finished");
            assertEquals(0, check.exitValue(), said);
            assertTrue(said.contains("SUCCESS: 4 rules found"), said);
            assertFalse(said.contains("FAILED"), said);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
