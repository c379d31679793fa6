package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.WriteOutcome;
import io.runledger.storage.tck.Pages;
import io.runledger.storage.tck.Records;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two independent stores on one database (separate pools, as two processes would have) append,
 * create and update at the same time: nothing is lost, nothing is stored twice, every
 * compare-and-set transition has exactly one winner, and cursor paging stays consistent throughout.
 */
class MultiInstanceTest {
    private static final int WRITERS = 4;
    private static final int BATCHES = 20;
    private static final int BATCH = 10;
    private static final int RUNS = 20;
    private static final int SHARED_PER_BATCH = 3;

    private final Databases databases = new Databases();

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void twoInstancesWritingAtOnceLoseNothingDuplicateNothingAndEachTransitionHasOneWinner() throws Exception {
        StoreSpec spec = databases.fresh(Map.of("pool_size", "4"));
        Databases.PROVIDER.admin(spec).migrate(false);
        Map<String, WriteOutcome> outcomes = new ConcurrentHashMap<>();
        AtomicInteger createdShared = new AtomicInteger();
        AtomicInteger createdRuns = new AtomicInteger();
        AtomicInteger runWins = new AtomicInteger();
        AtomicInteger stepWins = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<String> unique = ConcurrentHashMap.newKeySet();
        // A create finds the same content only until some writer moves the step on: transitions wait for every create.
        CountDownLatch created = new CountDownLatch(WRITERS);

        try (Store first = Databases.PROVIDER.open(spec); Store second = Databases.PROVIDER.open(spec)) {
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
            try {
                List<Callable<Void>> work = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    Store store = w % 2 == 0 ? first : second;
                    int writer = w;
                    work.add(() -> {
                        for (int r = 0; r < RUNS; r++) {
                            // Every writer creates every run and step with the same content: one creates, the rest find it.
                            if (store.runs().create(Records.run("run-" + r)) == WriteOutcome.CREATED) {
                                createdRuns.incrementAndGet();
                            }
                            store.steps().create(Records.step("run-" + r, "s"));
                        }
                        created.countDown();
                        for (int n = 0; n < BATCHES; n++) {
                            int b = n;
                            List<AuditEvent> batch = new ArrayList<>();
                            for (int i = 0; i < BATCH; i++) {
                                String id = String.format("w%d-%03d-%02d", writer, b, i);
                                unique.add(id);
                                batch.add(Records.event(id, "run-" + ((b + i) % RUNS)));
                            }
                            List<AuditEvent> shared = IntStream.range(0, SHARED_PER_BATCH)
                                    .mapToObj(k -> Records.event(String.format("shared-%03d-%d", b, k))).toList();
                            // Opposite orders on alternate writers: the database may see a deadlock, which is retried.
                            batch.addAll(writer % 2 == 0 ? shared : reversed(shared));
                            List<WriteOutcome> result = store.auditLog().append(batch);
                            for (int i = BATCH; i < batch.size(); i++) {
                                if (result.get(i) == WriteOutcome.CREATED) {
                                    createdShared.incrementAndGet();
                                }
                            }
                            outcomes.put(writer + "/" + b, result.get(0));
                        }
                        created.await();
                        for (int r = 0; r < RUNS; r++) {
                            Run running = Records.run("run-" + r);
                            if (wins(() -> store.runs().update(running.withStatus(RunStatus.SUCCEEDED,
                                    Optional.of(Records.at(60))), RunStatus.RUNNING))) {
                                runWins.incrementAndGet();
                            }
                            Step pending = Records.step("run-" + r, "s");
                            if (wins(() -> store.steps().update(pending.with(StepStatus.RUNNING,
                                    Optional.of(Records.at(1)), Optional.empty(), pending.stats()), StepStatus.PENDING))) {
                                stepWins.incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
                Future<List<String>> reader = pool.submit(() -> readWhileWriting(second, writing));
                for (Future<Void> done : pool.invokeAll(work)) {
                    done.get();
                }
                writing.set(false);
                reader.get();
            } finally {
                pool.shutdownNow();
            }

            assertEquals(RUNS, createdRuns.get(), "each run created exactly once");
            assertEquals(RUNS, runWins.get(), "exactly one winner per run transition");
            assertEquals(RUNS, stepWins.get(), "exactly one winner per step transition");
            assertEquals(BATCHES * SHARED_PER_BATCH, createdShared.get(), "each shared event created exactly once");
            assertTrue(outcomes.values().stream().allMatch(o -> o == WriteOutcome.CREATED));

            for (Store store : List.of(first, second)) {
                List<String> ids = Pages.walk(13, page -> store.auditLog().find(AuditFilter.ALL, page),
                        e -> e.eventId().value()).stream().map(e -> e.eventId().value()).toList();
                assertStrictlyAscending(ids);
                Set<String> expected = new HashSet<>(unique);
                IntStream.range(0, BATCHES).forEach(b -> IntStream.range(0, SHARED_PER_BATCH)
                        .forEach(k -> expected.add(String.format("shared-%03d-%d", b, k))));
                assertEquals(expected, new HashSet<>(ids), "nothing lost, nothing extra");
                assertEquals(RUNS, Pages.walk(7, page -> store.runs().list(RunFilter.ALL, page),
                        run -> run.runId().value()).stream().filter(run -> run.status() == RunStatus.SUCCEEDED).count());
            }
        }
    }

    /** Walks the audit log again and again while the writers run; every walk must be ordered and duplicate-free. */
    private static List<String> readWhileWriting(Store store, AtomicBoolean writing) {
        List<String> last = List.of();
        while (writing.get()) {
            last = Pages.walk(17, page -> store.auditLog().find(AuditFilter.ALL, page), e -> e.eventId().value())
                    .stream().map(e -> e.eventId().value()).toList();
            assertStrictlyAscending(last);
        }
        return last;
    }

    /** True for the winner of a compare-and-set; a loser must see invalid_status_transition, nothing else. */
    private static boolean wins(Runnable transition) {
        try {
            transition.run();
            return true;
        } catch (StoreException e) {
            assertEquals(ReasonCode.INVALID_STATUS_TRANSITION, e.reason(), e.getMessage());
            return false;
        }
    }

    private static void assertStrictlyAscending(List<String> ids) {
        for (int i = 1; i < ids.size(); i++) {
            String previous = ids.get(i - 1);
            String current = ids.get(i);
            assertTrue(previous.compareTo(current) < 0, () -> "returned twice or out of order: " + previous + " then " + current);
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
