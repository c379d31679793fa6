package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.domain.ChainVerdict;
import io.runledger.domain.ChainVerifier;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The migration that gives prune records the audit chain's anchor (schema 8), from the version before
 * it with events and a prune that left none: the record is kept as it was, without an anchor, and the
 * chain is verified from its first kept event until the next prune leaves one. Afterwards a binary of
 * the previous head may no longer write (the compatibility floor rises to 8): it would prune without an anchor.
 */
public abstract class ChainAnchorUpgradeContract extends SqlUpgradeContract {
    /** The schema version that brings the anchor. */
    private static final int ANCHOR = 8;

    private int previousVersion() {
        return versionBefore(ANCHOR);
    }

    /**
     * A store at the previous version whose events e1 … e4 were appended by that version's binary and
     * whose e1 and e2 a prune of that version removed, leaving its record as that binary wrote it.
     */
    private StoreSpec olderStoreWithAPrune() {
        StoreSpec spec = activeFixture().freshSpec();
        StorageProvider older = sql().binaryWithHead(previousVersion());
        try (StoreAdmin admin = older.admin(spec)) {
            admin.migrate(false);
        }
        try (Store store = older.open(spec)) {
            store.auditLog().append(List.of(Records.event("e1"), Records.event("e2"), Records.event("e3"), Records.event("e4")));
        }
        sql().execute(spec, "DELETE FROM audit_log WHERE event_id IN ('e1', 'e2')");
        sql().execute(spec, "INSERT INTO audit_prunes (prune_id, pruned_at, before_ts, first_ts, last_ts, event_count, archive,"
                + " archive_hash) VALUES ('p1', " + micros(Records.at(100)) + ", " + micros(Records.at(10)) + ", "
                + micros(Records.T0) + ", " + micros(Records.T0) + ", 2, 'old.jsonl', 'sha256:" + "ab".repeat(32) + "')");
        return spec;
    }

    private static ChainVerdict verify(Store store) {
        return new ChainVerifier(store.auditHistory(), store.auditRetention()).verify();
    }

    @Test
    void aPruneRecordOfThePreviousVersionStaysWithoutAnAnchorAndTheNextPruneLeavesOne() {
        StoreSpec spec = olderStoreWithAPrune();

        admin(spec).migrate(false);

        try (Store store = provider().open(spec)) {
            AuditPrune old = store.auditRetention().prunes().get(0);
            assertEquals(Optional.empty(), old.last(), "the older prune recorded no anchor");
            assertEquals(Optional.empty(), store.auditHistory().anchor());
            ChainVerdict unanchored = verify(store);
            assertEquals(Optional.empty(), unanchored.broken());
            assertEquals(3, unanchored.from(), "checked from its first kept event");

            AuditPrune next = Records.prune("p2", 1, Records.linkAt(store.auditHistory(), 3));
            store.auditRetention().prune(Set.of(Records.eventId("e3")), next);

            assertEquals(Optional.of(new ChainAnchor(next)), store.auditHistory().anchor());
            ChainVerdict anchored = verify(store);
            assertEquals(Optional.empty(), anchored.broken());
            assertEquals(Optional.of(new ChainAnchor(next)), anchored.anchor());
            assertEquals(List.of(old, next), store.auditRetention().prunes());
        }
    }

    @Test
    void aBinaryOfThePreviousHeadMayNoLongerWriteEvenWhenAlreadyRunning() {
        assertThePreviousBinaryMayNoLongerWrite(olderStoreWithAPrune(), ANCHOR,
                running -> running.auditLog().append(List.of(Records.event("e5"))));
    }
}
