package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Driver failures leave the ports as reason codes with one clear line. */
class ErrorTranslationTest {
    @TempDir
    Path dir;

    @Test
    void aWriterBlockedPastTheBusyTimeoutIsStoreLocked() throws Exception {
        Path file = dir.resolve("state.sqlite");
        var spec = Samples.spec(file, Map.of("busy_timeout_ms", "200"));
        Samples.PROVIDER.admin(spec).migrate(false);
        try (var store = Samples.PROVIDER.open(spec);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement hold = other.createStatement()) {
            hold.execute("BEGIN IMMEDIATE");

            StoreException e = assertThrows(StoreException.class, () -> store.runs().create(Samples.run("r1")));

            assertEquals(ReasonCode.STORE_LOCKED, e.reason(), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            hold.execute("ROLLBACK");
            store.runs().create(Samples.run("r1"));
        }
    }

    @Test
    void readersAreNotBlockedByAWriter() throws Exception {
        Path file = dir.resolve("state.sqlite");
        var spec = Samples.spec(file, Map.of("busy_timeout_ms", "200"));
        Samples.PROVIDER.admin(spec).migrate(false);
        try (var store = Samples.PROVIDER.open(spec);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement hold = other.createStatement()) {
            store.runs().create(Samples.run("r1"));
            hold.execute("BEGIN IMMEDIATE");
            hold.executeUpdate("UPDATE runs SET status = 'failed'");

            assertEquals(RunStatus.RUNNING, store.runs().find(Samples.run("r1").runId()).orElseThrow().status());
            hold.execute("ROLLBACK");
        }
    }

    @Test
    void anEventNamingAMissingRunIsRunNotFoundAndStoresNothing() {
        Path file = dir.resolve("state.sqlite");
        var spec = Samples.spec(file);
        Samples.PROVIDER.admin(spec).migrate(false);
        try (var store = Samples.PROVIDER.open(spec)) {
            store.runs().create(Samples.run("r1"));
            var good = Samples.event("e1", Optional.of("r1"), Samples.T0);
            var bad = Samples.event("e2", Optional.of("nope"), Samples.T0);

            StoreException e = assertThrows(StoreException.class, () -> store.auditLog().append(List.of(good, bad)));

            assertEquals(ReasonCode.RUN_NOT_FOUND, e.reason());
            assertTrue(e.getMessage().contains("nope"), e.getMessage());
            assertTrue(store.auditLog().find(io.runledger.storage.api.AuditFilter.ALL,
                    io.runledger.storage.api.PageRequest.first(10)).items().isEmpty());
        }
    }

    @Test
    void badOptionsAreConfigInvalid() {
        var spec = Samples.spec(dir.resolve("state.sqlite"), Map.of("busy_timeout_ms", "soon"));

        StoreException e = assertThrows(StoreException.class, () -> Samples.PROVIDER.admin(spec));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains("busy_timeout_ms"), e.getMessage());
    }

    @Test
    void aPathWithAQuestionMarkIsRefusedBecauseTheDriverWouldReadItAsOptions() {
        var spec = Samples.spec(dir.resolve("state.sqlite?journal_mode=off"), Map.of());

        StoreException e = assertThrows(StoreException.class, () -> Samples.PROVIDER.admin(spec));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains("'?'"), e.getMessage());
        assertTrue(java.nio.file.Files.notExists(dir.resolve("state.sqlite")), "nothing created");
    }
}
