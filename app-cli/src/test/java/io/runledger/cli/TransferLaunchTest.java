package io.runledger.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.format.record.ExportHeader;
import io.runledger.format.record.ExportWriter;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StoreContents;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration in a real child JVM: 200,000 audit events SQLite → SQLite and SQLite → PostgreSQL with a
 * 64 MiB heap (memory stays bounded: the records stream, they are never all held), and an import killed with SIGKILL
 * half-way (fed half of its input, it has written records and waits for the rest) leaves no target
 * that looks valid — it is absent or empty, and a rerun succeeds; a restore replacing a store, killed
 * while its transaction fills the store, leaves the old content or the new and its undo backup.
 */
@LaunchesPackagedCli
class TransferLaunchTest {
    private static final int EVENTS = 200_000;
    private static final int RUNS = 10;

    @TempDir
    static Path dir;

    /** The source's export (version 1: {@link #generated}), also the input of the killed import. */
    private static Path exported;
    private static String sourceHash;

    @BeforeAll
    static void aSourceStoreWithManyEvents() throws IOException {
        exported = dir.resolve("many.jsonl");
        try (OutputStream out = Files.newOutputStream(exported)) {
            new ExportWriter(out, done -> { }).write(new ExportHeader(Instant.parse("2026-11-21T10:00:00Z"), 3, "test"),
                    generated());
        }
        Cli.Result imported = new Cli(dir).run("--state", "source.sqlite", "store", "import", "--in", exported.toString(), "--quiet");
        assertEquals(0, imported.exitCode(), imported.toString());
        // the version 1 file's events chained in line order, as every import of it chains them: version 2's hash
        Cli.Result hash = new Cli(dir).run("--state", "source.sqlite", "store", "hash");
        assertEquals(0, hash.exitCode(), hash.toString());
        sourceHash = hash.outLines().get(0);
    }

    /** Runs and events generated as they are exported: the test itself holds no list of them. */
    private static StoreContents generated() {
        return new StoreContents() {
            @Override
            public void exportTo(Consumer<LedgerRecord> sink) {
                Instant t0 = Instant.parse("2024-01-01T00:00:00.000001Z");
                for (int r = 0; r < RUNS; r++) {
                    sink.accept(new Run(new RunId("run-" + r), t0, CanonicalJson.EMPTY_OBJECT, Optional.empty(),
                            Optional.empty(), RunStatus.RUNNING, Optional.empty(), Map.of("n", "" + r)));
                }
                for (int e = 0; e < EVENTS; e++) {
                    sink.accept(new AuditEvent(new EventId(String.format("ev-%08d", e)), t0.plusNanos(e * 1_000L),
                            AuditLevel.INFO, e % 3 == 0 ? Optional.empty() : Optional.of(new RunId("run-" + e % RUNS)),
                            "bench", "step.done", "event " + e + " finished", new CanonicalJson("{\"n\":" + e + "}")));
                }
            }

            @Override
            public long importFrom(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isEmpty() {
                return false;
            }
        };
    }

    private static String hashOf(String state) {
        Cli.Result result = new Cli(dir).run("--state", state, "store", "hash");
        assertEquals(0, result.exitCode(), result.toString());
        return result.outLines().get(0);
    }

    @Test
    void twoHundredThousandEventsMigrateWithA64MiBHeap() throws Exception {
        Path log = dir.resolve("small-heap.log");
        Process migrate = ChildCli.start(dir, log, List.of("-Xmx64m"),
                "store", "migrate", "--from", "sqlite:source.sqlite", "--to", "sqlite:small-heap.sqlite", "--quiet");

        assertTrue(migrate.waitFor(120, TimeUnit.SECONDS), "the migration finishes");
        assertEquals(0, migrate.exitValue(), Files.readString(log));
        assertEquals(sourceHash, hashOf("small-heap.sqlite"));
    }

    /** Into PostgreSQL the rows stream through COPY, and the verification reads them back through COPY. */
    @Test
    void twoHundredThousandEventsMigrateIntoPostgresWithA64MiBHeap() throws Exception {
        Path log = dir.resolve("small-heap-postgres.log");
        try (PostgresCliFixture postgres = new PostgresCliFixture()) {
            String url = postgres.freshLocation();
            Process migrate = ChildCli.start(dir, log, List.of("-Xmx64m"),
                    "store", "migrate", "--from", "sqlite:source.sqlite", "--to", "postgres:" + url, "--quiet");

            assertTrue(migrate.waitFor(120, TimeUnit.SECONDS), "the migration finishes");
            assertEquals(0, migrate.exitValue(), Files.readString(log));
            Cli.Result hash = new Cli(dir).run("--backend", "postgres", "--state", url, "store", "hash");
            assertEquals(List.of(sourceHash), hash.outLines(), hash.toString());
        }
    }

    @Test
    void anImportKilledMidwayLeavesNoValidLookingTargetAndARerunSucceeds() throws Exception {
        Path log = dir.resolve("killed.log");
        Path wal = dir.resolve("killed.sqlite-wal");
        Process importing = ChildCli.startReadingInput(dir, log, List.of("-Xmx128m"),
                "--state", "killed.sqlite", "store", "import", "--in", "-", "--quiet");
        try (BufferedReader lines = Files.newBufferedReader(exported); Writer input = new OutputStreamWriter(
                importing.getOutputStream(), StandardCharsets.UTF_8)) {
            // Midway by construction: the child gets the header, the runs and half of the events, and
            // cannot go on (or commit) until the rest arrives, which it never does.
            for (int i = 0; i < 1 + RUNS + EVENTS / 2; i++) {
                input.write(lines.readLine());
                input.write('\n');
            }
            input.flush();
            // The child has taken in all but the pipe's last few kilobytes, and has written records: the
            // import transaction's uncommitted pages fill the target's WAL.
            await("the child reports records written").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                    .failFast("the import ended before it could be killed midway",
                            () -> assertTrue(importing.isAlive(), () -> ChildCli.output(log)))
                    .until(() -> Files.exists(wal) && Files.size(wal) > 4 * 1024 * 1024);
            importing.destroyForcibly();
            assertTrue(importing.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, importing.exitValue(), "killed by SIGKILL while waiting for the rest: " + ChildCli.output(log));
        }

        if (Files.exists(dir.resolve("killed.sqlite"))) {
            assertEquals(ExportFiles.EMPTY_HASH, hashOf("killed.sqlite"), "the killed import committed nothing");
        }
        Cli.Result rerun = new Cli(dir).run("--state", "killed.sqlite", "store", "import", "--in", exported.toString(), "--quiet");
        assertEquals(0, rerun.exitCode(), rerun.toString());
        assertEquals(sourceHash, hashOf("killed.sqlite"));
    }

    @Test
    void aReplacingRestoreKilledMidwayLeavesTheOldContentOrTheNewNeverAMix() throws Exception {
        Cli cli = new Cli(dir);
        assertEquals(0, cli.run("--state", "source.sqlite", "db", "backup", "big.backup").exitCode());
        String event = "{\"level\":\"info\",\"scope\":\"ops\",\"event\":\"old\",\"message\":\"before\"}\n";
        assertEquals(0, cli.runWithInput(event, "--state", "replaced.sqlite", "audit", "append").exitCode());
        String oldHash = hashOf("replaced.sqlite");
        Path log = dir.resolve("restore.log");
        Path wal = dir.resolve("replaced.sqlite-wal");
        Process restoring = ChildCli.start(dir, log, List.of("-Xmx128m"),
                "--state", "replaced.sqlite", "db", "restore", "big.backup", "--replace");

        // Past the verification and the undo backup, the replace transaction fills the store's WAL.
        await("the child replaces the content").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                .failFast("the restore ended before it could be killed midway",
                        () -> assertTrue(restoring.isAlive(), () -> ChildCli.output(log)))
                .until(() -> undoBackups().size() == 1 && Files.exists(wal) && Files.size(wal) > 4 * 1024 * 1024);
        restoring.destroyForcibly();
        assertTrue(restoring.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, restoring.exitValue(), "killed by SIGKILL: " + ChildCli.output(log));

        String after = hashOf("replaced.sqlite");
        assertTrue(after.equals(oldHash) || after.equals(sourceHash), "the old content or the new, never a mix: " + after);
        Path undo = undoBackups().get(0);
        Cli.Result undone = cli.run("--state", "undone.sqlite", "db", "restore", undo.toString());
        assertEquals(0, undone.exitCode(), undone.toString());
        assertEquals(oldHash, hashOf("undone.sqlite"), "the undo backup holds the old content");
        Cli.Result rerun = cli.run("--state", "replaced.sqlite", "db", "restore", "big.backup", "--replace");
        assertEquals(0, rerun.exitCode(), rerun.toString());
        assertEquals(sourceHash, hashOf("replaced.sqlite"));
    }

    private static List<Path> undoBackups() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith("replaced.sqlite.before-restore-")).toList();
        }
    }
}
