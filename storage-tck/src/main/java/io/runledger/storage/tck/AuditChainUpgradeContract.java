package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration that brings the audit chain to a SQL store (schema 6), from the version before it with
 * events in it: every event gets its position in ({@code ts}, {@code event_id}) order (ids in byte
 * order), in the migration's own transaction — a migrator killed with SIGKILL inside it leaves the
 * previous version whole, and the next migrate succeeds. Afterwards a binary of the previous head may
 * no longer write (the compatibility floor rises to 6, or above with later migrations), also one that
 * was already running. The events
 * of the older store are written with plain SQL, as the older binary wrote them.
 */
public abstract class AuditChainUpgradeContract extends SqlUpgradeContract {
    /** The schema version that brings the audit chain. */
    private static final int CHAIN = 6;

    private int previousVersion() {
        return versionBefore(CHAIN);
    }

    /** Events as the older store holds them: ties on ts, ids whose byte order differs from a language's order. */
    private static List<AuditEvent> olderEvents() {
        return List.of(event("ev-c", 2, Optional.empty()), event("ev-a", 1, Optional.empty()),
                event("ev-B", 1, Optional.of("run-1")), event("ev-d", 3, Optional.of("run-1")), event("Ev-e", 1, Optional.empty()));
    }

    private static AuditEvent event(String id, int second, Optional<String> run) {
        return new AuditEvent(Records.eventId(id), Records.at(second, 7), AuditLevel.WARN, run.map(Records::runId), "job ✓",
                "noted", "message \"" + id + "\"", new CanonicalJson("{\"n\":" + second + "}"));
    }

    /** A store at the previous version holding one run and {@link #olderEvents()}. */
    private StoreSpec olderStoreWithEvents() {
        StoreSpec spec = activeFixture().freshSpec();
        try (StoreAdmin older = sql().binaryWithHead(previousVersion()).admin(spec)) {
            older.migrate(false);
        }
        sql().execute(spec, "INSERT INTO runs (run_id, created_at, args) VALUES ('run-1', " + micros(Records.T0) + ", '{}')");
        for (AuditEvent e : olderEvents()) {
            sql().execute(spec, "INSERT INTO audit_log (event_id, ts, level, run_id, scope, event, message, data) VALUES ('"
                    + e.eventId().value() + "', " + micros(e.ts()) + ", 'warn', " + e.runId().map(r -> "'" + r.value() + "'").orElse("NULL")
                    + ", '" + e.scope() + "', 'noted', '" + e.message() + "', '" + e.data().text() + "')");
        }
        return spec;
    }

    private static List<String> inTsThenIdOrder() {
        return olderEvents().stream().sorted(Comparator.comparing(AuditEvent::ts).thenComparing(e -> e.eventId().value()))
                .map(e -> e.eventId().value()).toList();
    }

    private void assertChainedInTsThenIdOrderAndIntact(StoreSpec spec) {
        try (Store store = provider().open(spec)) {
            List<ChainedEvent> chain = ChainAssertions.verify(store.auditHistory());
            assertEquals(inTsThenIdOrder(), chain.stream().map(c -> c.event().eventId().value()).toList());
            assertEquals(olderEvents().stream().sorted(Comparator.comparing(e -> e.eventId().value())).toList(),
                    store.auditLog().find(AuditFilter.ALL, PageRequest.first(100)).items(), "every event as it was");
            store.auditLog().append(List.of(Records.event("ev-new")));
            assertEquals(olderEvents().size() + 1, ChainAssertions.verify(store.auditHistory()).size(), "appends continue the chain");
        }
    }

    @Test
    void aStoreOfThePreviousVersionGetsEveryEventChainedInTsThenIdOrder() {
        StoreSpec spec = olderStoreWithEvents();

        List<Migration> applied = admin(spec).migrate(false).applied();

        assertTrue(applied.stream().anyMatch(m -> m.version() == CHAIN), applied.toString());
        assertChainedInTsThenIdOrderAndIntact(spec);
    }

    @Test
    void aMigratorKilledInsideTheChainMigrationLeavesThePreviousVersionAndARerunSucceeds(@TempDir Path dir) {
        StoreSpec spec = olderStoreWithEvents();
        int head = admin(spec).status().schemaHead();
        ChildJvm.killAtCrashPoint(dir, "inside-migration", sql().laterBinaryChild(),
                List.of(spec.location(), Integer.toString(head)));

        assertEquals(previousVersion(), admin(spec).status().schemaVersion(), "the chain migration had not committed");
        assertThrows(IllegalStateException.class, () -> sql().column(spec, "SELECT seq FROM audit_log"),
                "nothing of the chain migration is left");
        assertEquals(List.of(Integer.toString(olderEvents().size())), sql().column(spec, "SELECT count(*) FROM audit_log"));

        admin(spec).migrate(false);

        assertEquals(head, admin(spec).status().schemaVersion());
        assertChainedInTsThenIdOrderAndIntact(spec);
    }

    @Test
    void aBinaryOfThePreviousHeadMayNoLongerWriteEvenWhenAlreadyRunning() {
        StoreSpec spec = olderStoreWithEvents();
        assertThePreviousBinaryMayNoLongerWrite(spec, CHAIN, running -> running.runs().create(Records.run("run-2")));
        assertChainedInTsThenIdOrderAndIntact(spec);
    }
}
