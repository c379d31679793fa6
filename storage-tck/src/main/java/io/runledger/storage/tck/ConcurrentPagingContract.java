package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.Page;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Paging through the audit log while another thread appends: no event is returned twice, pages stay
 * in order, and every event that existed before the walk began is returned.
 */
public abstract class ConcurrentPagingContract extends StoreContract {
    private static final int EXISTING = 200;
    private static final int MAX_BATCHES = 150;
    private static final long WAIT_MILLIS = 2_000;

    @Test
    void pagesAreStableWhileAnotherThreadAppends() throws Exception {
        AuditLog log = store().auditLog();
        List<String> existing = IntStream.range(0, EXISTING).mapToObj(i -> String.format("ev-%04d-a", i)).toList();
        log.append(existing.stream().map(Records::event).toList());

        Set<String> appended = ConcurrentHashMap.newKeySet();
        AtomicInteger batches = new AtomicInteger();
        AtomicBoolean walking = new AtomicBoolean(true);
        ExecutorService appender = Executors.newSingleThreadExecutor();
        try {
            Future<?> appending = appender.submit(() -> appendWhile(log, walking, batches, appended));
            awaitMoreBatches(batches, 0);
            List<AuditEvent> walked = Pages.walk(7, page -> {
                int before = batches.get();
                Page<AuditEvent> result = log.find(AuditFilter.ALL, page);
                awaitMoreBatches(batches, before);
                return result;
            }, e -> e.eventId().value());
            walking.set(false);
            appending.get(30, TimeUnit.SECONDS);

            List<String> ids = walked.stream().map(e -> e.eventId().value()).toList();
            for (int i = 1; i < ids.size(); i++) {
                String previous = ids.get(i - 1);
                String current = ids.get(i);
                assertTrue(previous.compareTo(current) < 0, () -> "returned twice or out of order: " + previous + " then " + current);
            }
            Set<String> seen = new HashSet<>(ids);
            existing.forEach(id -> assertTrue(seen.contains(id), () -> "an event that existed before the walk was skipped: " + id));
            seen.forEach(id -> assertTrue(existing.contains(id) || appended.contains(id), () -> "an unknown event was returned: " + id));
            assertTrue(batches.get() > 1, "the appender must have run during the walk");
        } finally {
            walking.set(false);
            appender.shutdownNow();
            assertTrue(appender.awaitTermination(30, TimeUnit.SECONDS), "the appender thread must stop");
        }
    }

    /** Appends batches of three — one early in the order, one in the middle, one past the end — until the walk ends. */
    private static void appendWhile(AuditLog log, AtomicBoolean walking, AtomicInteger batches, Set<String> appended) {
        Random random = new Random(7);
        for (int n = 0; walking.get() && n < MAX_BATCHES; n++) {
            List<String> ids = List.of(
                    String.format("ev-%04d-b%03d", random.nextInt(EXISTING / 4), n),
                    String.format("ev-%04d-b%03d", random.nextInt(EXISTING), n),
                    String.format("ev-9999-b%03d", n));
            log.append(ids.stream().map(Records::event).toList());
            appended.addAll(ids);
            batches.incrementAndGet();
        }
    }

    /** Lets the appender get at least one batch in between pages, so the walk and the appends really interleave. */
    private static void awaitMoreBatches(AtomicInteger batches, int seen) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (batches.get() <= seen && batches.get() < MAX_BATCHES && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
