package io.runledger.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code runledger serve} on every backend: start-up decisions, the listening line, and a clean stop that closes the store. */
abstract class ServeContract extends CliContract {
    private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)");

    @Test
    void servesAFreshStoreOnAFreePortUntilStoppedAndThenClosesIt() throws Exception {
        String location = backend.freshLocation();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread serving = serve(location, out, err);
        TestHttpClient http = TestHttpClient.toLoopback(listeningPort(serving, out, err));

        HttpReply health = http.get("/health");
        HttpReply created = http.post("/v1/runs", "{\"run_id\":\"nightly-42\",\"args\":{\"env\":\"prod\"}}");

        assertEquals(200, health.status(), health.toString());
        JsonNode status = health.json();
        assertEquals(backend.backend(), status.get("store_backend").asText());
        assertEquals(backend.persistenceMode(), status.get("persistence_mode").asText());
        assertEquals(201, created.status(), created.toString());
        assertEquals(200, http.get("/v1/runs/nightly-42").status());
        assertEquals(200, http.get("/v1/runs").status());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("authentication off"), out::toString);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("created a new store"), err::toString);

        serving.interrupt();
        serving.join(Duration.ofSeconds(10).toMillis());
        assertFalse(serving.isAlive());
        Cli.Result dbStatus = on(location, "db", "status");
        assertEquals(0, dbStatus.exitCode(), dbStatus.toString());
        assertFalse(hash(location).equals(ExportFiles.EMPTY_HASH), "the run was stored");
        assertThrows(UncheckedIOException.class, () -> http.get("/health"), "the server no longer listens");
    }

    @Test
    void aRunningServeRefusesWritesAndHealthSaysSoOnceAnotherProcessMovedTheSchemaBeyondItsWindow() throws Exception {
        requireCapability(CliCapability.MIGRATED_WHILE_OPEN);
        String location = migratedStore();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread serving = serve(location, out, err);
        try {
            TestHttpClient http = TestHttpClient.toLoopback(listeningPort(serving, out, err));
            assertEquals(201, http.post("/v1/runs", "{\"run_id\":\"before\",\"args\":{}}").status());

            backend.makeSchemaNewer(location, 99);

            HttpReply refused = http.post("/v1/runs", "{\"run_id\":\"after\",\"args\":{}}");
            assertEquals(503, refused.status(), refused.toString());
            assertEquals("schema_newer_than_binary", refused.json().get("reason").asText(), refused.toString());
            HttpReply health = await("/health reports the newer schema").atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(50)).until(() -> http.get("/health"), h -> h.status() == 503);
            assertEquals("schema_newer_than_binary", health.json().get("reason").asText(), health.toString());
            await("reads are refused too").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> http.get("/v1/runs/before").status() == 503);
            assertEquals(503, http.post("/v1/runs", "{\"run_id\":\"later\",\"args\":{}}").status(),
                    "every later write is refused too");
        } finally {
            serving.interrupt();
            serving.join(Duration.ofSeconds(10).toMillis());
        }
        backend.forgetLastMigration(location);
        ok(on(location, "store", "export", "--out", "x.jsonl"));
        String exported = Files.readString(dir.resolve("x.jsonl"));
        assertTrue(exported.contains("\"before\""), exported);
        assertFalse(exported.contains("\"after\"") || exported.contains("\"later\""), "nothing written after the migration is stored");
    }

    @Test
    void withMigrateBackupServeBacksAStoreOfAnEarlierReleaseUpBeforeMigratingIt() throws Exception {
        String location = backend.storeOfAnEarlierRelease();
        Files.writeString(dir.resolve("runledger.properties"), "migrate.backup=true\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread serving = serve(location, out, err, "--config", "runledger.properties");
        try {
            TestHttpClient http = TestHttpClient.toLoopback(listeningPort(serving, out, err));
            assertEquals(200, http.get("/health").status());
        } finally {
            serving.interrupt();
            serving.join(Duration.ofSeconds(10).toMillis());
        }

        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("Backed up the store at schema version 2 to "), said);
        assertTrue(said.contains("migrated the store from schema version 2 to "), said);
        List<Path> backups;
        try (Stream<Path> files = Files.walk(dir)) {
            backups = files.filter(p -> p.getFileName().toString().contains(".backup-v2-")).toList();
        }
        assertEquals(1, backups.size(), said);
        assertTrue(said.contains(backups.get(0).toString()), "serve names the backup it took: " + said);
        assertFalse(hash(location).equals(ExportFiles.EMPTY_HASH), "the migrated store keeps the earlier release's data");
    }

    /**
     * Starts {@code serve --port 0} on {@code location} in a thread of this JVM, after {@code globals}
     * (e.g. {@code --config FILE}); interrupting it stops serve.
     */
    private Thread serve(String location, ByteArrayOutputStream out, ByteArrayOutputStream err, String... globals) {
        List<String> command = new ArrayList<>(List.of(globals));
        command.addAll(List.of("serve", "--port", "0"));
        Thread serving = new Thread(() -> new RunledgerCli(new Console(new ByteArrayInputStream(new byte[0]), out, err),
                Map.of(), dir).execute(args(location, command.toArray(String[]::new))));
        serving.start();
        return serving;
    }

    /** Waits for serve's output to say where it listens; fails if serve stops or a minute passes first. */
    private static int listeningPort(Thread serving, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return await("serve prints where it listens").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .failFast("serve stopped before it listened", () -> assertTrue(serving.isAlive(), () -> out + "\n" + err))
                .until(() -> printedPort(out), Optional::isPresent).orElseThrow();
    }

    private static Optional<Integer> printedPort(ByteArrayOutputStream out) {
        Matcher listening = LISTENING.matcher(out.toString(StandardCharsets.UTF_8));
        return listening.find() ? Optional.of(Integer.parseInt(listening.group(1))) : Optional.empty();
    }

    @Test
    void aNonLoopbackHostWithoutTokensIsRefusedAndNothingIsCreated() {
        String location = backend.freshLocation();

        Cli.Result result = on(location, "serve", "--host", "0.0.0.0", "--port", "0");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("(reason: config_invalid)"), result.toString());
        assertFalse(backend.storeExists(location));
    }

    @Test
    void badTokensAreRefusedWithoutShowingThem() {
        Map<String, String> refusals = Map.of("root:s3cret-token-of-length", "entry 1 of the token list from environment "
                + "RUNLEDGER_TOKENS has an unknown role", "read:long-enough-token-Zq81,write:s3cret-Zk81", "entry 2 of the "
                + "token list from environment RUNLEDGER_TOKENS has a token shorter than 16 characters");
        refusals.forEach((tokens, message) -> {
            Cli.Result result = new Cli(dir, Map.of("RUNLEDGER_TOKENS", tokens))
                    .run(args(backend.freshLocation(), "serve", "--port", "0"));

            assertEquals(2, result.exitCode(), result.toString());
            assertTrue(result.err().contains("(reason: config_invalid)"), result.toString());
            assertTrue(result.err().contains(message), result.toString());
            assertFalse(result.toString().contains("s3cret"), result.toString());
        });
    }

    @Test
    void aStoreBehindTheHeadIsRefusedWhenMigrateAutoIsFalse() {
        String location = migratedStore();
        backend.forgetLastMigration(location);

        Cli.Result result = new Cli(dir, Map.of("RUNLEDGER_MIGRATE_AUTO", "false")).run(args(location, "serve", "--port", "0"));

        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.err().contains("runledger db migrate"), result.toString());
        assertTrue(result.err().contains("(reason: schema_pending)"), result.toString());
    }

    @Test
    void aStoreNewerThanTheBinaryIsRefused() {
        String location = migratedStore();
        backend.makeSchemaNewer(location, 99);

        Cli.Result result = on(location, "serve", "--port", "0");

        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.err().contains("(reason: schema_newer_than_binary)"), result.toString());
    }
}
