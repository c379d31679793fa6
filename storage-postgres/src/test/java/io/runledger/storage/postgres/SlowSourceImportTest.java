package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.Records;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An import streams the audit events into a {@code COPY} kept open while they arrive, so a source that
 * pauses (a slow disk or network behind {@code store import} or {@code store migrate}) keeps a statement
 * open through the pause: the import's transaction lifts the session's statement timeout for itself, as
 * an export's does, and the socket timeout still bounds every wait for the server.
 */
class SlowSourceImportTest {
    private static final Databases DATABASES = new Databases();
    /** The source's pause: twice the statement timeout the store runs with. */
    private static final long PAUSE_MILLIS = 2_000;

    @AfterAll
    static void drop() {
        DATABASES.close();
    }

    @Test
    void anImportWhoseSourcePausesLongerThanTheStatementTimeoutCompletes() {
        StoreSpec spec = DATABASES.fresh(Map.of("statement_timeout_ms", "1000"));
        Databases.PROVIDER.admin(spec).migrate(false);
        List<LedgerRecord> records = new ArrayList<>(List.of(Records.run("r-a")));
        for (int i = 0; i < 2_000; i++) {
            records.add(new AuditEvent(Records.eventId(String.format("e-%05d", i)), Records.T0, AuditLevel.INFO,
                    Optional.of(Records.runId("r-a")), "job", "noted", "x".repeat(1_000), CanonicalJson.EMPTY_OBJECT));
        }

        try (Store store = Databases.PROVIDER.open(spec)) {
            assertEquals(records.size(), store.contents().importFrom(pausingAfter(1_500, records)));
            List<LedgerRecord> stored = new ArrayList<>();
            store.contents().exportTo(stored::add);
            assertEquals(records.size(), stored.size());
        }
    }

    /**
     * The records, pausing once before the one at {@code index}, past the first megabyte of events (the
     * events' statement is open by then). The pause is the slow source under test, not a wait for a condition.
     */
    private static Iterator<LedgerRecord> pausingAfter(int index, List<LedgerRecord> records) {
        Iterator<LedgerRecord> all = records.iterator();
        return new Iterator<>() {
            private int taken;

            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public LedgerRecord next() {
                if (taken++ == index) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(PAUSE_MILLIS));
                }
                return all.next();
            }
        };
    }
}
