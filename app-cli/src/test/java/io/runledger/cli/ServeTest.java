package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runledger serve}: start-up decisions, the listening line, and a clean stop that closes the store. */
class ServeTest {
    private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path dir;

    private static int status(int port, String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        try (InputStream body = connection.getResponseCode() < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            body.readAllBytes();
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void servesAFreshStoreOnAFreePortUntilStoppedAndThenClosesIt() throws Exception {
        Path store = dir.resolve("new/dir/state.sqlite");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread serving = new Thread(() -> new RunledgerCli(new Console(new ByteArrayInputStream(new byte[0]), out, err),
                Map.of(), dir).execute("--state", store.toString(), "serve", "--port", "0"));
        serving.start();
        Matcher listening = LISTENING.matcher("");
        for (int i = 0; i < 300 && !listening.find(); i++) {
            TimeUnit.MILLISECONDS.sleep(50);
            listening = LISTENING.matcher(out.toString(StandardCharsets.UTF_8));
        }
        int port = Integer.parseInt(listening.group(1));

        assertEquals(200, status(port, "/health"));
        assertEquals(200, status(port, "/v1/runs"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("authentication off"), out::toString);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("created a new store"), err::toString);

        serving.interrupt();
        serving.join(10_000);
        assertFalse(serving.isAlive());
        Cli.Result status = new Cli(dir).run("--state", store.toString(), "db", "status");
        assertEquals(0, status.exitCode(), status.toString());
        assertTrue(CompletableFuture.supplyAsync(() -> {
            try {
                return status(port, "/health");
            } catch (IOException e) {
                return -1;
            }
        }).get() == -1, "the server no longer listens");
    }

    @Test
    void aNonLoopbackHostWithoutTokensIsRefusedAndNothingIsCreated() {
        Path store = dir.resolve("state.sqlite");

        Cli.Result result = new Cli(dir).run("--state", store.toString(), "serve", "--host", "0.0.0.0", "--port", "0");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("(reason: config_invalid)"), result.toString());
        assertFalse(Files.exists(store));
    }

    @Test
    void badTokensAreRefusedWithoutShowingThem() {
        Cli.Result result = new Cli(dir, Map.of("RUNLEDGER_TOKENS", "root:s3cret-token"))
                .run("--state", dir.resolve("s.sqlite").toString(), "serve", "--port", "0");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("RUNLEDGER_TOKENS"), result.toString());
        assertFalse(result.toString().contains("s3cret"), result.toString());
    }

    @Test
    void aStoreBehindTheHeadIsRefusedWhenMigrateAutoIsFalse() throws Exception {
        Path store = dir.resolve("s.sqlite");
        assertEquals(0, new Cli(dir).run("--state", store.toString(), "db", "migrate").exitCode());
        // Test-only shortcut: forget the last migration in the history, as a store one version behind looks.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from flyway_schema_history where installed_rank = "
                    + "(select max(installed_rank) from flyway_schema_history)");
        }

        Cli.Result result = new Cli(dir, Map.of("RUNLEDGER_MIGRATE_AUTO", "false"))
                .run("--state", store.toString(), "serve", "--port", "0");

        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.err().contains("runledger db migrate"), result.toString());
        assertTrue(result.err().contains("(reason: schema_pending)"), result.toString());
    }

    @Test
    void aStoreNewerThanTheBinaryIsRefused() throws Exception {
        Path store = dir.resolve("s.sqlite");
        assertEquals(0, new Cli(dir).run("--state", store.toString(), "db", "migrate").exitCode());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, installed_on, execution_time, success)"
                    + " values (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test',"
                    + " CURRENT_TIMESTAMP, 0, 1)");
        }

        Cli.Result result = new Cli(dir).run("--state", store.toString(), "serve", "--port", "0");

        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.err().contains("(reason: schema_newer_than_binary)"), result.toString());
    }
}
