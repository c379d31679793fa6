package io.runledger.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.domain.AuditTrail;
import io.runledger.domain.NewAuditEvent;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent appends through the wired runtime share SQLite transactions without sharing each other's failures. */
class GroupCommitOnSqliteTest {
    private static final int CALLERS = 16;
    private static final int APPENDS_EACH = 40;

    @TempDir
    Path dir;

    private static NewAuditEvent draft(String id, Optional<String> run) {
        return new NewAuditEvent(Optional.of(id), Optional.empty(), AuditLevel.INFO, run.map(RunId::new), "bench",
                "appended", "event " + id, CanonicalJson.EMPTY_OBJECT);
    }

    @Test
    void concurrentAppendsAreAllStoredAndOnlyTheFaultyOnesFail() throws Exception {
        ProviderRegistry registry = ProviderRegistry.installed();
        RunledgerConfig config = new ConfigResolver(registry).resolve(
                new ConfigFlags(Optional.of("sqlite"), Optional.of("s.sqlite"), Optional.empty()), Map.of(), dir);
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try (LedgerRuntime runtime = LedgerRuntime.start(config, registry)) {
            runtime.storeForWriting();
            AuditTrail trail = runtime.auditTrail();
            List<Future<Integer>> callers = new ArrayList<>();
            for (int c = 0; c < CALLERS; c++) {
                int caller = c;
                callers.add(pool.submit(() -> appendAll(trail, caller)));
            }
            int refused = 0;
            for (Future<Integer> f : callers) {
                refused += f.get();
            }
            assertEquals(CALLERS * APPENDS_EACH / 10, refused);

            Set<String> stored = new HashSet<>();
            Page<AuditEvent> page = trail.find(AuditFilter.ALL, PageRequest.first(1000));
            while (true) {
                page.items().forEach(e -> stored.add(e.eventId().value()));
                if (page.nextAfter().isEmpty()) {
                    break;
                }
                page = trail.find(AuditFilter.ALL, new PageRequest(1000, page.nextAfter()));
            }
            assertEquals(CALLERS * APPENDS_EACH - refused, stored.size());
            assertTrue(stored.stream().noneMatch(id -> id.endsWith("-orphan") || id.endsWith("-ok")), "a refused batch stores nothing");
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    /** Appends this caller's events one request at a time; every tenth names a missing run. Returns how many were refused. */
    private static int appendAll(AuditTrail trail, int caller) {
        int refused = 0;
        for (int i = 0; i < APPENDS_EACH; i++) {
            String id = "c" + caller + "-" + i;
            if (i % 10 == 9) {
                StoreException e = assertThrows(StoreException.class, () -> trail.append(List.of(
                        draft(id + "-ok", Optional.empty()), draft(id + "-orphan", Optional.of("no-such-run")))));
                assertEquals(ReasonCode.RUN_NOT_FOUND, e.reason());
                refused++;
            } else {
                List<AuditEvent> stored = trail.append(List.of(draft(id, Optional.empty())));
                assertEquals(id, stored.get(0).eventId().value());
                // a retry of an acknowledged event is accepted and changes nothing
                trail.append(List.of(new NewAuditEvent(Optional.of(id), Optional.of(stored.get(0).ts()), AuditLevel.INFO,
                        Optional.empty(), "bench", "appended", "event " + id, CanonicalJson.EMPTY_OBJECT)));
            }
        }
        return refused;
    }
}
