package io.runledger.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.bootstrap.ConfigFlags;
import io.runledger.bootstrap.ConfigResolver;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.ProviderRegistry;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.PageRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditAppendTest {
    @TempDir
    Path dir;

    @Test
    void printedIdsAreExactlyTheStoredIds() {
        String input = event("first") + event("second").replace("{", "{\"event_id\":\"client-2\",")
                + "\n" + event("third");

        Cli.Result result = new Cli(dir).runWithInput(input, "--state", "s.sqlite", "audit", "append", "--print-ids");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("", result.err());
        assertEquals(3, result.outLines().size(), result.toString());
        assertEquals("client-2", result.outLines().get(1));
        assertEquals(result.outLines().stream().sorted().toList(), storedIds());
    }

    @Test
    void aBadLineStopsTheAppendAfterStoringTheEventsBeforeIt() {
        String input = event("one") + event("two") + "{\"level\":\"loud\",\"scope\":\"s\",\"event\":\"e\",\"message\":\"m\"}\n"
                + event("never read");

        Cli.Result result = new Cli(dir).runWithInput(input, "--state", "s.sqlite", "audit", "append", "--print-ids");

        assertEquals(12, result.exitCode(), result.toString());
        assertEquals(2, result.outLines().size(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().startsWith("runledger: line 3: "), result.toString());
        assertTrue(result.err().strip().endsWith("(reason: validation_failed)"), result.toString());
        assertEquals(result.outLines().stream().sorted().toList(), storedIds());
    }

    @Test
    void blankLinesAndWindowsLineEndingsAreAccepted() {
        String input = "\n" + event("crlf").replace("\n", "\r\n") + "   \n" + event("last").strip();

        Cli.Result result = new Cli(dir).runWithInput(input, "--state", "s.sqlite", "audit", "append", "--print-ids");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(2, storedIds().size());
    }

    @Test
    void textThatIsNotJsonIsMalformedJsonNamingTheLine() {
        Cli.Result result = new Cli(dir).runWithInput(event("ok") + "{not json\n", "--state", "s.sqlite", "audit", "append");

        assertEquals(12, result.exitCode(), result.toString());
        assertTrue(result.err().contains("line 2: ") && result.err().contains("(reason: malformed_json)"), result.toString());
        assertEquals(1, storedIds().size());
    }

    @Test
    void anEventOfAnUnknownRunStoresNothingOfItsBatch() {
        String input = event("fine") + event("orphan").replace("{", "{\"run_id\":\"no-such-run\",");

        Cli.Result result = new Cli(dir).runWithInput(input, "--state", "s.sqlite", "audit", "append", "--batch", "10");

        assertEquals(13, result.exitCode(), result.toString());
        assertTrue(result.err().contains("lines 1-2") && result.err().contains("(reason: run_not_found)"), result.toString());
        assertEquals(List.of(), storedIds());
    }

    @Test
    void eventsAreWrittenInBatchesOfTheGivenSize() {
        String input = event("1") + event("2") + event("3") + event("4") + event("5");

        Cli.Result result = new Cli(dir).runWithInput(input, "--state", "s.sqlite", "audit", "append", "--batch", "2");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("", result.out());
        assertTrue(result.err().contains("Appended 5 audit events in 3 batches"), result.toString());
        assertEquals(5, storedIds().size());

        Cli.Result one = new Cli(dir).runWithInput(event("6"), "--state", "s.sqlite", "audit", "append");
        assertTrue(one.err().contains("Appended 1 audit event in 1 batch to"), one.toString());
    }

    @Test
    void eventsAreDurableAndPrintedWhileTheInputIsStillOpen() throws Exception {
        Appending appending = appendWithPrintIds();
        PipedOutputStream producer = appending.producer();
        ByteArrayOutputStream stdout = appending.stdout();
        CompletableFuture<Cli.Result> run = appending.run();

        producer.write(event("early").getBytes(StandardCharsets.UTF_8));
        producer.flush();
        String firstId = awaitLine(stdout, Duration.ofSeconds(60));
        assertEquals(List.of(firstId), storedIds(), "the first event is stored before input ends");

        producer.write(event("late").getBytes(StandardCharsets.UTF_8));
        producer.close();
        Cli.Result result = run.get();
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(2, result.outLines().size());
    }

    @Test
    void aMigrationBeyondTheFloorWhileTheInputIsOpenStopsTheAppendWithExit4() throws Exception {
        Appending appending = appendWithPrintIds();
        PipedOutputStream producer = appending.producer();
        ByteArrayOutputStream stdout = appending.stdout();
        CompletableFuture<Cli.Result> run = appending.run();
        producer.write(event("early").getBytes(StandardCharsets.UTF_8));
        producer.flush();
        String firstId = awaitLine(stdout, Duration.ofSeconds(60));

        // What a later binary leaves behind: a version above this binary's head and no floor admitting it.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.sqlite"));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success) VALUES (99, '99', 'later', 'SQL',"
                    + " 'V99__later.sql', 0, 'test', CURRENT_TIMESTAMP, 0, 1)");
        }
        producer.write(event("late").getBytes(StandardCharsets.UTF_8));
        producer.close();
        Cli.Result result = run.get();

        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.err().strip().endsWith("(reason: schema_newer_than_binary)"), result.toString());
        assertEquals(List.of(firstId), result.outLines(), "only the stored event is printed");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.sqlite"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_id FROM audit_log")) {
            assertTrue(rows.next() && rows.getString(1).equals(firstId) && !rows.next(), "only the first event is stored");
        }
    }

    @Test
    void appendCreatesAMissingStore() {
        Cli.Result result = new Cli(dir).runWithInput("", "--state", "new/s.sqlite", "audit", "append");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(Files.isRegularFile(dir.resolve("new/s.sqlite")));
    }

    @Test
    void aBatchSizeBelowOneIsAUsageError() {
        Cli.Result result = new Cli(dir).runWithInput(event("x"), "--state", "s.sqlite", "audit", "append", "--batch", "0");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("(reason: usage_error)"), result.toString());
    }

    /** An {@code audit append --print-ids} running on s.sqlite, reading what the test writes to {@code producer}. */
    private record Appending(PipedOutputStream producer, ByteArrayOutputStream stdout, CompletableFuture<Cli.Result> run) {
    }

    private Appending appendWithPrintIds() throws IOException {
        PipedOutputStream producer = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(producer);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        return new Appending(producer, stdout, CompletableFuture.supplyAsync(() -> new Cli(dir)
                .runWithInput(stdin, stdout, "--state", "s.sqlite", "audit", "append", "--print-ids")));
    }

    private static String event(String name) {
        return "{\"level\":\"info\",\"scope\":\"test\",\"event\":\"" + name + "\",\"message\":\"m\",\"data\":{\"n\":1}}\n";
    }

    private static String awaitLine(ByteArrayOutputStream out, Duration timeout) {
        String text = await("a line is printed").atMost(timeout).pollInterval(Duration.ofMillis(20))
                .until(() -> out.toString(StandardCharsets.UTF_8), printed -> printed.contains("\n"));
        return text.substring(0, text.indexOf('\n'));
    }

    private List<String> storedIds() {
        ProviderRegistry registry = ProviderRegistry.installed();
        var config = new ConfigResolver(registry).resolve(
                new ConfigFlags(Optional.empty(), Optional.of("s.sqlite"), Optional.empty()), Map.of(), dir);
        try (LedgerRuntime runtime = LedgerRuntime.start(config, registry)) {
            runtime.store();
            return runtime.auditTrail().find(AuditFilter.ALL, PageRequest.first(1000)).items().stream()
                    .map(AuditEvent::eventId).map(Object::toString).toList();
        }
    }
}
