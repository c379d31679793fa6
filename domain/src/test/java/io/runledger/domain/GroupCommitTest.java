package io.runledger.domain;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.WriteOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() throws InterruptedException {
        callers.shutdownNow();
        assertTrue(callers.awaitTermination(10, TimeUnit.SECONDS));
    }

    private static AuditEvent event(String id, Optional<String> run, String message) {
        return new AuditEvent(new EventId(id), Instant.parse("2026-11-21T10:00:00.000001Z"), AuditLevel.INFO,
                run.map(RunId::new), "bench", "appended", message, CanonicalJson.EMPTY_OBJECT);
    }

    private static AuditEvent event(String id) {
        return event(id, Optional.empty(), "hello");
    }

    @Test
    void aLoneAppendCommitsAtOnceInTheCallersOwnThread() {
        GatedAuditLog log = new GatedAuditLog(false, Set.of());
        GroupCommit group = new GroupCommit(log);

        assertEquals(List.of(WriteOutcome.CREATED), group.append(List.of(event("a"))));

        // no timer, no background committer: the caller's own thread ran the one transaction
        assertEquals(List.of(List.of(event("a"))), log.transactions);
        assertEquals(List.of(Thread.currentThread()), log.committers);
        assertEquals(0, group.queued());
    }

    @Test
    void appendsArrivingDuringACommitShareTheNextTransaction() throws Exception {
        GatedAuditLog log = new GatedAuditLog(true, Set.of());
        GroupCommit group = new GroupCommit(log);
        Future<List<WriteOutcome>> first = callers.submit(() -> group.append(List.of(event("first"))));
        log.firstEntered.await();

        List<Future<List<WriteOutcome>>> later = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<AuditEvent> batch = List.of(event("later-" + i + "-a"), event("later-" + i + "-b"));
            later.add(callers.submit(() -> group.append(batch)));
        }
        awaitQueued(group, 5);
        log.release();

        assertEquals(List.of(WriteOutcome.CREATED), first.get());
        for (Future<List<WriteOutcome>> f : later) {
            assertEquals(List.of(WriteOutcome.CREATED, WriteOutcome.CREATED), f.get());
        }
        assertEquals(2, log.transactions.size(), "one transaction for the first, one for all five that queued behind it");
        assertEquals(10, log.transactions.get(1).size());
        assertEquals(11, log.stored().size());
    }

    @Test
    void aFaultyBatchInAGroupFailsAloneWithItsOwnReason() throws Exception {
        GatedAuditLog log = new GatedAuditLog(true, Set.of("known-run"));
        GroupCommit group = new GroupCommit(log);
        Future<List<WriteOutcome>> first = callers.submit(() -> group.append(List.of(event("taken"))));
        log.firstEntered.await();

        Future<List<WriteOutcome>> good = callers.submit(() -> group.append(List.of(
                event("good-1", Optional.of("known-run"), "ok"), event("good-2"))));
        awaitQueued(group, 1);
        Future<List<WriteOutcome>> unknownRun = callers.submit(() -> group.append(List.of(
                event("orphan-ok"), event("orphan", Optional.of("no-such-run"), "lost"))));
        awaitQueued(group, 2);
        Future<List<WriteOutcome>> reused = callers.submit(() -> group.append(List.of(event("taken", Optional.empty(), "other"))));
        awaitQueued(group, 3);
        log.release();

        first.get();
        assertEquals(List.of(WriteOutcome.CREATED, WriteOutcome.CREATED), good.get());
        assertEquals(ReasonCode.RUN_NOT_FOUND, failure(unknownRun).reason());
        assertEquals(ReasonCode.DUPLICATE_ID, failure(reused).reason());
        // the faulty batches stored nothing, not even their valid events
        assertEquals(List.of("taken", "good-1", "good-2"),
                log.stored().stream().map(e -> e.eventId().value()).toList());
    }

    @Test
    void theSameEventTwiceInOneGroupIsStoredOnceAndTheRepeatIsAlreadyPresent() throws Exception {
        GatedAuditLog log = new GatedAuditLog(true, Set.of());
        GroupCommit group = new GroupCommit(log);
        Future<List<WriteOutcome>> first = callers.submit(() -> group.append(List.of(event("first"))));
        log.firstEntered.await();

        Future<List<WriteOutcome>> original = callers.submit(() -> group.append(List.of(event("retried"))));
        awaitQueued(group, 1);
        Future<List<WriteOutcome>> retry = callers.submit(() -> group.append(List.of(event("retried"), event("first"))));
        awaitQueued(group, 2);
        log.release();

        first.get();
        assertEquals(List.of(WriteOutcome.CREATED), original.get());
        assertEquals(List.of(WriteOutcome.ALREADY_PRESENT, WriteOutcome.ALREADY_PRESENT), retry.get());
        assertEquals(2, log.transactions.size(), "the repeat shared the original's transaction");
        assertEquals(2, log.stored().size());
    }

    @Test
    void aStoreFailureReachesEveryCallerOfTheGroup() throws Exception {
        GatedAuditLog log = new GatedAuditLog(true, Set.of());
        GroupCommit group = new GroupCommit(log);
        Future<List<WriteOutcome>> first = callers.submit(() -> group.append(List.of(event("first"))));
        log.firstEntered.await();
        Future<List<WriteOutcome>> a = callers.submit(() -> group.append(List.of(event("a"))));
        Future<List<WriteOutcome>> b = callers.submit(() -> group.append(List.of(event("b"))));
        awaitQueued(group, 2);
        StoreException full = new StoreException(ReasonCode.STORAGE_FULL, "the disk is full");
        log.failEveryAppendWith(full);
        log.release();

        assertSame(full, failure(first));
        assertSame(full, failure(a));
        assertSame(full, failure(b));
        assertEquals(2, log.transactions.size(), "a failure no batch caused is not retried batch by batch");
    }

    @Test
    void aGroupHoldsAtMostMaxEventsButALargerBatchStillCommitsAlone() throws Exception {
        GatedAuditLog log = new GatedAuditLog(true, Set.of());
        GroupCommit group = new GroupCommit(log);
        Future<List<WriteOutcome>> first = callers.submit(() -> group.append(List.of(event("first"))));
        log.firstEntered.await();
        List<Future<List<WriteOutcome>>> later = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<AuditEvent> batch = new ArrayList<>();
            for (int j = 0; j < GroupCommit.MAX_EVENTS / 2 + (i == 2 ? GroupCommit.MAX_EVENTS : 0); j++) {
                batch.add(event("b" + i + "-" + j));
            }
            later.add(callers.submit(() -> group.append(batch)));
            awaitQueued(group, i + 1);
        }
        log.release();
        first.get();
        for (Future<List<WriteOutcome>> f : later) {
            f.get();
        }
        assertEquals(List.of(1, GroupCommit.MAX_EVENTS, GroupCommit.MAX_EVENTS * 3 / 2),
                log.transactions.stream().map(List::size).toList());
    }

    @Test
    void anErrorInTheStoreReachesTheCallerAndLeavesTheGroupUsable() {
        GatedAuditLog healthy = new GatedAuditLog(false, Set.of());
        boolean[] broken = {true};
        GroupCommit group = new GroupCommit(new AuditLog() {
            @Override
            public List<WriteOutcome> append(List<AuditEvent> events) {
                if (broken[0]) {
                    throw new AssertionError("the store's code is broken");
                }
                return healthy.append(events);
            }

            @Override
            public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
                return healthy.find(filter, page);
            }

            @Override
            public Optional<AuditEvent> find(EventId eventId) {
                return healthy.find(eventId);
            }
        });
        assertThrows(AssertionError.class, () -> group.append(List.of(event("a"))));
        broken[0] = false;
        assertEquals(List.of(WriteOutcome.CREATED), group.append(List.of(event("a"))));
    }

    private static void awaitQueued(GroupCommit group, int batches) {
        await("the callers queue " + batches + " batches").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1))
                .until(() -> group.queued() >= batches);
    }

    private static StoreException failure(Future<?> call) {
        ExecutionException e = assertThrows(ExecutionException.class, call::get);
        return (StoreException) e.getCause();
    }
}
