package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.domain.ChainVerdict;
import io.runledger.domain.ChainVerifier;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code StoreAdmin.committedAudit()}: the audit chain and the prune records, read without opening the
 * store, are exactly what the open store's ports read — also while that store is open for writing (on the
 * JSON store it holds the lock) — and a missing store is not initialized, with nothing created.
 */
public abstract class CommittedAuditContract extends StoreContract {
    /** A JSON store's committed reads load its files again for each check, so a few checks are enough. */
    private static final int CHECKS_WHILE_APPENDING = 3;
    private static final int MAX_LIVE_APPENDS = 5_000;

    private static AuditEvent event(String id, int second) {
        return Records.event(id, Optional.empty(), AuditLevel.INFO, "job", at(second));
    }

    @Test
    void theAdminReadsTheCommittedChainAndPrunesWhileTheStoreIsOpenForWriting() {
        StoreSpec spec = createdSpec();
        Store store = open(spec);
        store.auditLog().append(List.of(event("ev-1", 1), event("ev-2", 2), event("ev-3", 3)));
        store.auditRetention().prune(Set.of(Records.eventId("ev-1")),
                Records.prune("prune-1", 1, Records.linkAt(store.auditHistory(), 1)));
        // texts that are not ASCII, with quotes, escapes and a line feed: a backend may read them other than as strings
        store.auditLog().append(List.of(event("ev-4", 4), new AuditEvent(Records.eventId("ev-5"), at(5), AuditLevel.WARN,
                Optional.empty(), "db ✓", "migrated", "line one\nline two \"quoted\" \\ 😀 ключ", Records.AWKWARD_JSON)));

        CommittedAudit committed = admin(spec).committedAudit()
                .orElseThrow(() -> new AssertionError("every shipped backend reads its committed audit log without opening the store"));

        assertEquals(store.auditHistory().head(), committed.history().head());
        assertEquals(store.auditHistory().after(0, 10), committed.history().after(0, 10));
        assertEquals(store.auditHistory().after(2, 1), committed.history().after(2, 1));
        assertEquals(store.auditHistory().anchor(), committed.history().anchor());
        assertEquals(Optional.empty(), new ChainVerifier(committed.history(), committed.retention(), 1).verify().broken());
        assertEquals(store.auditRetention().prunes(), committed.prunes().all());
        assertEquals(committed.prunes().all(), committed.retention().prunes());
    }

    /**
     * A check of the committed chain ({@code audit verify}, {@code doctor}, the server's) reads it a page
     * at a time without the store's writer: with more than a page stored before it starts and appends
     * committing throughout, every check walks to the head it read first and finds no break.
     */
    @Test
    void aCommittedCheckOverSeveralPagesWhileEventsAreAppendedFindsNoBreak() throws Exception {
        StoreSpec spec = createdSpec();
        Store store = open(spec);
        store.auditLog().append(IntStream.range(0, 2_500).mapToObj(n -> event("ev-" + n, n % 60)).toList());
        CommittedAudit committed = admin(spec).committedAudit().orElseThrow();
        // three threads each reading on their own in stretches of 300 positions, as audit verify walks a long chain
        ChainVerifier verifier = new ChainVerifier(committed.history(), committed.retention(), 3, 300);
        int appended = ChecksWhileAppending.run(n -> store.auditLog().append(List.of(event("live-" + n, n % 60))),
                MAX_LIVE_APPENDS, CHECKS_WHILE_APPENDING, check -> {
                    ChainVerdict verdict = verifier.verify();
                    assertEquals(Optional.empty(), verdict.broken(), "check " + check + " while appending");
                    assertTrue(verdict.verified() >= 2_500, "the check walked every page stored before it: " + verdict.verified());
                });
        assertEquals(2_500 + appended, new ChainVerifier(admin(spec).committedAudit().orElseThrow().history(),
                committed.retention()).verify().verified());
    }

    /**
     * A check walked on several threads, each reading its stretch of positions on its own, comes to the
     * verdict of a check on one: on an intact chain, and on one pruned from its anchor.
     */
    @Test
    void aCheckOnSeveralThreadsFindsWhatACheckOnOneFinds() {
        StoreSpec spec = createdSpec();
        Store store = open(spec);
        store.auditLog().append(IntStream.range(0, 2_500).mapToObj(n -> event("ev-" + n, n % 60)).toList());
        assertSameVerdicts(admin(spec).committedAudit().orElseThrow(), 2_500);

        store.auditRetention().prune(Set.of(Records.eventId("ev-0"), Records.eventId("ev-1")),
                Records.prune("prune-1", 2, Records.linkAt(store.auditHistory(), 2)));
        assertSameVerdicts(admin(spec).committedAudit().orElseThrow(), 2_498);
    }

    private static void assertSameVerdicts(CommittedAudit committed, long events) {
        ChainVerdict alone = new ChainVerifier(committed.history(), committed.retention(), 1).verify();
        assertEquals(Optional.empty(), alone.broken());
        assertEquals(events, alone.verified());
        for (long stretch : new long[] {97, 1_000, 2_499}) {
            assertEquals(alone, new ChainVerifier(committed.history(), committed.retention(), 3, stretch).verify(),
                    "walked on 3 threads in stretches of " + stretch);
        }
    }

    @Test
    void aMissingStoreIsNotInitializedAndNothingIsCreated() {
        StoreSpec spec = activeFixture().freshSpec();

        StoreException missing = assertThrows(StoreException.class, () -> admin(spec).committedAudit());

        assertEquals(ReasonCode.STORE_NOT_INITIALIZED, missing.reason());
        assertFalse(activeFixture().storeExists(spec));
    }
}
