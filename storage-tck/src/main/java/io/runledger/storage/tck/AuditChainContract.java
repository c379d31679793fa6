package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.domain.ChainVerifier;
import io.runledger.domain.GroupCommit;
import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.WriteOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit chain (SPEC S12): every event appended takes the next position, in commit order and in
 * batch order, and its chain links from the previous one; retries take none; the chain survives
 * closing the store, imports continue it, restores start it again and prunes never move its head back.
 * Concurrent appends — through group commit, and from several instances of one store, one of them in
 * another process killed with SIGKILL midway — still make one gapless chain. Every check walks the chain as a verifier would ({@link ChainAssertions}).
 */
public abstract class AuditChainContract extends StoreContract {
    private static final int CLIENTS = 16;
    private static final int BATCHES_PER_CLIENT = 12;
    private static final int CHECKS_WHILE_APPENDING = 10;
    private static final int MAX_LIVE_APPENDS = 10_000;

    private static List<String> ids(List<ChainedEvent> chain) {
        return chain.stream().map(c -> c.event().eventId().value()).toList();
    }

    private static AuditEvent event(String id, int second) {
        return Records.event(id, Optional.empty(), AuditLevel.INFO, "job", at(second));
    }

    @Test
    void eachNewEventTakesTheNextPositionInBatchOrderAndLinksFromThePreviousOne() {
        assertEquals(new ChainLink(0, AuditChain.GENESIS), store().auditHistory().head(), "no event yet: the genesis");
        assertEquals(List.of(), store().auditHistory().after(0, 10));
        store().runs().create(Records.run("run-1"));
        store().auditLog().append(List.of(event("ev-z", 1), event("ev-a", 2)));
        store().auditLog().append(List.of(Records.richEvent("ev-m", "run-1")));

        List<ChainedEvent> chain = ChainAssertions.verify(store().auditHistory());

        assertEquals(List.of("ev-z", "ev-a", "ev-m"), ids(chain), "commit order, then batch order, not id or ts order");
        assertEquals(chain.get(2).link(), store().auditHistory().head());
        assertEquals(List.of(chain.get(1), chain.get(2)), store().auditHistory().after(1, 10));
        assertEquals(List.of(chain.get(0)), store().auditHistory().after(0, 1));
    }

    @Test
    void aRetriedEventTakesNoSecondPositionAndARefusedBatchTakesNone() {
        store().auditLog().append(List.of(event("ev-1", 1), event("ev-2", 2)));
        ChainLink before = store().auditHistory().head();
        assertEquals(List.of(WriteOutcome.ALREADY_PRESENT, WriteOutcome.ALREADY_PRESENT),
                store().auditLog().append(List.of(event("ev-2", 2), event("ev-1", 1))));
        assertEquals(before, store().auditHistory().head(), "a retry alone moves nothing");
        Reasons.assertFailsWith(ReasonCode.DUPLICATE_ID,
                () -> store().auditLog().append(List.of(event("ev-3", 3), event("ev-1", 9))));
        Reasons.assertFailsWith(ReasonCode.RUN_NOT_FOUND,
                () -> store().auditLog().append(List.of(event("ev-4", 3), Records.event("ev-5", "no-such-run"))));
        assertEquals(before, store().auditHistory().head(), "a refused batch takes no position");

        store().auditLog().append(List.of(event("ev-1", 1), event("ev-6", 6)));

        assertEquals(List.of("ev-1", "ev-2", "ev-6"), ids(ChainAssertions.verify(store().auditHistory())));
    }

    @Test
    void theChainAndItsHeadAreTheSameAfterCloseAndReopen() {
        StoreSpec spec = createdSpec();
        List<ChainedEvent> written;
        try (Store first = provider().open(spec)) {
            for (int i = 0; i < 5; i++) {
                first.auditLog().append(List.of(event("ev-" + i + "a", i), event("ev-" + i + "b", i)));
            }
            written = ChainAssertions.verify(first.auditHistory());
        }
        try (Store reopened = provider().open(spec)) {
            assertEquals(written, ChainAssertions.verify(reopened.auditHistory()));
            reopened.auditLog().append(List.of(event("ev-9", 9)));
            assertEquals(11, ChainAssertions.verify(reopened.auditHistory()).size());
        }
    }

    @Test
    void anImportChainsItsEventsInTheirOrderAndARestoreStartsTheChainAgain() {
        List<LedgerRecord> content = List.of(Records.run("run-1"), event("ev-b", 1), event("ev-c", 0),
                Records.event("ev-d", "run-1"));
        Store target = open(createdSpec());
        target.contents().importFrom(content.iterator());
        assertEquals(List.of("ev-b", "ev-c", "ev-d"), ids(ChainAssertions.verify(target.auditHistory())),
                "an import chains its events in the order they arrive");

        target.auditLog().append(List.of(event("ev-e", 5)));
        target.contents().replaceWith(content.iterator());
        List<ChainedEvent> restored = ChainAssertions.verify(target.auditHistory());
        assertEquals(List.of("ev-b", "ev-c", "ev-d"), ids(restored), "a restore replaces the chain with its content's");
        assertEquals(3, target.auditHistory().head().seq());

        target.auditLog().append(List.of(event("ev-f", 6)));
        assertEquals(List.of("ev-b", "ev-c", "ev-d", "ev-f"), ids(ChainAssertions.verify(target.auditHistory())),
                "the next append continues from the restored head, not from the one it left before");
    }

    @Test
    void anInstanceContinuesFromTheHeadAnotherInstanceMovedSinceItsOwnLastAppend() {
        requireCapability(Capability.SHARED_BY_INSTANCES);
        StoreSpec spec = createdSpec();
        Store first = open(spec);
        Store second = open(spec);
        first.auditLog().append(List.of(event("ev-1", 1)));
        first.auditLog().append(List.of(event("ev-2", 2)));
        second.auditLog().append(List.of(event("ev-3", 3), event("ev-4", 4)));

        first.auditLog().append(List.of(event("ev-5", 5), event("ev-6", 6)));
        second.auditLog().append(List.of(event("ev-7", 7)));

        assertEquals(List.of("ev-1", "ev-2", "ev-3", "ev-4", "ev-5", "ev-6", "ev-7"), ids(ChainAssertions.verify(first.auditHistory())),
                "each instance continues from the head the other left, not from its own last one");
        assertEquals(7, second.auditHistory().head().seq());
    }

    @Test
    void aPruneNeverMovesTheHeadBack() {
        store().auditLog().append(List.of(event("ev-1", 1), event("ev-2", 2), event("ev-3", 3)));
        ChainLink head = store().auditHistory().head();
        List<ChainedEvent> before = ChainAssertions.verify(store().auditHistory());
        store().auditRetention().prune(Set.of(Records.eventId("ev-1"), Records.eventId("ev-2")),
                Records.prune("prune-1", 2, before.get(1).link()));

        assertEquals(head, store().auditHistory().head());
        assertEquals(List.of(before.get(2)), store().auditHistory().after(0, 10), "the kept event keeps its position");
        store().auditLog().append(List.of(event("ev-4", 4)));
        assertEquals(List.of(before.get(2)), ChainAssertions.verifyFrom(store().auditHistory(), before.get(1).link()).subList(0, 1));
        assertEquals(4, store().auditHistory().head().seq());
    }

    @Test
    void concurrentAppendsThroughGroupCommitMakeOneGaplessChain() throws Exception {
        GroupCommit group = new GroupCommit(store().auditLog());
        Set<String> appended = appendConcurrently(group, "c");

        List<ChainedEvent> chain = ChainAssertions.verify(store().auditHistory());

        assertEquals(appended, new HashSet<>(ids(chain)), "every event once");
        assertEquals(appended.size(), chain.size());
    }

    @Test
    void aCheckWhileEventsAreBeingAppendedFindsNoBreak() throws Exception {
        GroupCommit group = new GroupCommit(store().auditLog());
        ChainVerifier verifier = new ChainVerifier(store().auditHistory(), store().auditRetention());
        int appended = ChecksWhileAppending.run(n -> group.append(List.of(event("live-" + n, n % 60))),
                MAX_LIVE_APPENDS, CHECKS_WHILE_APPENDING,
                check -> assertEquals(Optional.empty(), verifier.verify().broken(), "check " + check + " while appending"));
        assertEquals(appended, ChainAssertions.verify(store().auditHistory()).size());
    }

    @Test
    void instancesAppendingAtOnceMakeOneGaplessChainAlsoWhenOneIsKilledMidway(@TempDir Path dir) throws Exception {
        requireCapability(Capability.SHARED_BY_INSTANCES);
        requireCapability(Capability.OUTLIVES_ITS_PROCESS);
        StoreSpec spec = createdSpec();
        Store first = open(spec);
        Store second = open(spec);
        Set<String> appended = new HashSet<>();
        List<String> acknowledged;
        try (ChildJvm child = AppendingChild.start(dir, provider(), spec)) {
            child.awaitOutput("the child appends", lines -> AppendingChild.acknowledged(lines).size() >= 20);
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                Future<Set<String>> a = both.submit(() -> appendConcurrently(new GroupCommit(first.auditLog()), "a"));
                Future<Set<String>> b = both.submit(() -> appendConcurrently(new GroupCommit(second.auditLog()), "b"));
                appended.addAll(a.get());
                appended.addAll(b.get());
            } finally {
                both.shutdownNow();
            }
            child.kill();
            acknowledged = AppendingChild.acknowledged(child.outputLines());
        }

        List<ChainedEvent> chain = ChainAssertions.verify(first.auditHistory());

        Set<String> stored = new HashSet<>(ids(chain));
        assertEquals(stored.size(), chain.size(), "no event holds two positions");
        assertTrue(stored.containsAll(appended), "every event of both instances in this process");
        List<String> childEvents = acknowledged.stream().filter(id -> id.startsWith("ev-")).toList();
        assertTrue(stored.containsAll(childEvents), "every event the killed process acknowledged");
        assertTrue(chain.size() <= appended.size() + childEvents.size() + 1, "beyond those, at most the one in flight at the kill");
        assertEquals(first.auditHistory().head(), second.auditHistory().head());
    }

    /** {@value #CLIENTS} clients appending batches of one to three events, each batch retried once. */
    private static Set<String> appendConcurrently(GroupCommit log, String prefix) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<String>>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int b = 0; b < BATCHES_PER_CLIENT; b++) {
                        List<AuditEvent> batch = IntStream.rangeClosed(0, b % 3)
                                .mapToObj(i -> event(prefix + "-" + client + "-" + ids.size() + "-" + i, client)).toList();
                        log.append(batch);
                        log.append(batch);
                        batch.forEach(e -> ids.add(e.eventId().value()));
                    }
                    return ids;
                }));
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> f : done) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            clients.shutdownNow();
        }
    }
}
