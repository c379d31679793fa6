package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runledger --backend postgres serve}: creates the store, serves it, and stops cleanly. */
class PostgresServeTest {
    private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final PostgresDatabases databases = new PostgresDatabases();

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    /** The status and body of one request; {@code body} non-null makes it a JSON POST. */
    private static Map.Entry<Integer, String> request(String url, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try {
            if (body != null) {
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                try (OutputStream sent = connection.getOutputStream()) {
                    sent.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            try (InputStream received = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return Map.entry(status, new String(received.readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void servesAFreshPostgresStoreOnAFreePortUntilStopped() throws Exception {
        String url = databases.freshUrl();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread serving = new Thread(() -> new RunledgerCli(new Console(new ByteArrayInputStream(new byte[0]), out, err),
                Map.of(), dir).execute("--backend", "postgres", "--state", url, "serve", "--port", "0"));
        serving.start();
        Matcher listening = LISTENING.matcher("");
        for (int i = 0; i < 600 && !listening.find() && serving.isAlive(); i++) {
            TimeUnit.MILLISECONDS.sleep(50);
            listening = LISTENING.matcher(out.toString(StandardCharsets.UTF_8));
        }
        assertTrue(listening.find(0), "serve did not print where it listens:\n" + out + "\n" + err);
        String base = "http://127.0.0.1:" + Integer.parseInt(listening.group(1));

        Map.Entry<Integer, String> health = request(base + "/health", null);
        Map.Entry<Integer, String> created = request(base + "/v1/runs", "{\"run_id\":\"nightly-42\",\"args\":{\"env\":\"prod\"}}");

        assertEquals(200, health.getKey(), health.getValue());
        JsonNode status = JSON.readTree(health.getValue());
        assertEquals("postgres", status.get("store_backend").asText());
        assertEquals("server", status.get("persistence_mode").asText());
        assertEquals(201, created.getKey(), created.getValue());
        assertEquals(200, request(base + "/v1/runs/nightly-42", null).getKey());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("created a new store"), err::toString);

        serving.interrupt();
        serving.join(10_000);
        assertFalse(serving.isAlive());
        Cli.Result hash = new Cli(dir).run("--backend", "postgres", "--state", url, "store", "hash");
        assertEquals(0, hash.exitCode(), hash.toString());
        assertFalse(hash.out().contains(ExportFiles.EMPTY_HASH), "the run was stored: " + hash);
    }
}
