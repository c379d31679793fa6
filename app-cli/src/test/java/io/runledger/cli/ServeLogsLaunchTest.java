package io.runledger.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s log in a real launch: with {@code log.format=json} every line on stderr is one JSON
 * object (the shape docs/OPERATIONS.md shows), the access line of a request carries its
 * {@code X-Request-Id} in the MDC and its route template, never the token or the query; with
 * {@code http.access_log=false} no access line is written.
 */
@LaunchesPackagedCli
class ServeLogsLaunchTest {
    private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "read:a-secret-read-token-42";

    @TempDir
    Path dir;

    @Test
    void jsonLogsCarryTheRequestIdAndTheRouteButNoToken() throws Exception {
        List<String> lines = serveAndAsk("log.format=json\nhttp.tokens=" + TOKEN + "\n");

        List<JsonNode> objects = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("runledger: ")) {
                objects.add(JSON.readTree(line)); // fails the test on a line that is not one JSON object
            }
        }
        JsonNode access = objects.stream().filter(o -> o.path("loggerName").asText().equals("io.runledger.http.access")
                && o.path("mdc").path("request_id").asText().equals("ci-7:step.2")).findFirst()
                .orElseThrow(() -> new AssertionError("no access line with the request id: " + lines));
        assertTrue(access.path("message").asText().startsWith("GET /v1/runs/{run_id} 404 "), access::toString);
        assertTrue(access.path("kvpList").toString().contains("{\"role\":\"read\"}"), access::toString);
        assertEquals(documentedKeys(), keys(access), "the shape docs/OPERATIONS.md shows");
        String all = String.join("\n", lines);
        assertFalse(all.contains("a-secret-read-token-42"), "the token is never logged");
        assertFalse(all.contains("secret-query"), "the query string is never logged");
        assertFalse(all.contains("missing-run"), "the raw path is never logged");
    }

    @Test
    void theAccessLogCanBeTurnedOff() throws Exception {
        List<String> lines = serveAndAsk("http.access_log=false\nhttp.tokens=" + TOKEN + "\n");

        assertTrue(lines.stream().noneMatch(line -> line.contains("io.runledger.http.access")), lines::toString);
    }

    /** Serves a fresh SQLite store with this config, asks for a missing run, stops serve; its output lines. */
    private List<String> serveAndAsk(String config) throws Exception {
        Files.writeString(dir.resolve("runledger.properties"), config);
        Path log = dir.resolve("serve.log");
        Process serve = ChildCli.start(dir, log, List.of(), "--config", "runledger.properties", "--state", "s.sqlite",
                "serve", "--port", "0");
        try {
            int port = await("serve listens").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                    .failFast("serve stopped", () -> assertTrue(serve.isAlive(), () -> ChildCli.output(log)))
                    .until(() -> port(ChildCli.output(log)), Optional::isPresent).orElseThrow();
            HttpReply missing = TestHttpClient.toLoopback(port).withToken(Optional.of("a-secret-read-token-42"))
                    .withHeader("X-Request-Id", "ci-7:step.2").get("/v1/runs/missing-run?secret-query=1");
            assertEquals(404, missing.status(), missing::toString);
            assertEquals("ci-7:step.2", missing.header("X-Request-Id").orElseThrow());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
        return Files.readAllLines(log);
    }

    private static Optional<Integer> port(String output) {
        Matcher listening = LISTENING.matcher(output);
        return listening.find() ? Optional.of(Integer.parseInt(listening.group(1))) : Optional.empty();
    }

    private static Set<String> documentedKeys() throws IOException {
        String configured = System.getProperty("runledger.docs");
        Path docs = configured != null ? Path.of(configured) : Path.of("..", "docs");
        String doc = Files.readString(docs.resolve("OPERATIONS.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        return keys(JSON.readTree(doc.substring(start, doc.indexOf("\n```", start))));
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
