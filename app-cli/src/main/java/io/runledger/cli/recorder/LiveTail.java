package io.runledger.cli.recorder;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.domain.AuditTail;
import io.runledger.storage.api.AuditFilter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code audit query --follow}: polls the domain's {@link AuditTail} and prints what each poll hands
 * over, until the limit is reached, standard output has no reader, or the process is asked to stop
 * (SIGINT, SIGTERM: a shutdown hook lets the current poll finish and the store close before the JVM
 * ends; in-process, an interrupt). On a backend whose open store locks out other processes the store
 * is opened for each poll only; otherwise one store stays open and sees other processes' commits.
 */
final class LiveTail {
    /** How long a stop signal waits for the poll in progress and the store to close. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Supplier<LedgerRuntime> runtimes;
    private final AuditTail tail;
    private final Duration interval;
    private final RecordOutput output;
    private final CountDownLatch stop = new CountDownLatch(1);
    private long left;

    LiveTail(Supplier<LedgerRuntime> runtimes, AuditFilter filter, Duration interval, Optional<Integer> limit,
             RecordOutput output) {
        this.runtimes = runtimes;
        this.tail = new AuditTail(filter, Clock.systemUTC());
        this.interval = interval;
        this.output = output;
        this.left = limit.map(Integer::longValue).orElse(Long.MAX_VALUE);
    }

    void follow() {
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "runledger-follow-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (exclusive()) {
                pollEachTimeOpening();
            } else {
                try (LedgerRuntime runtime = runtimes.get()) {
                    runtime.store();
                    pollWithOneStore(runtime);
                }
            }
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException stopping) {
                // the JVM is shutting down (a signal): the hook is running and has seen the store closed
            }
        }
    }

    /** Whether an open store would lock other processes out; asks the backend without opening the store. */
    private boolean exclusive() {
        try (LedgerRuntime runtime = runtimes.get()) {
            return runtime.provider().openStoreIsExclusive();
        }
    }

    private void pollWithOneStore(LedgerRuntime runtime) {
        while (poll(runtime) && pause()) {
            // poll again
        }
    }

    private void pollEachTimeOpening() {
        boolean more = true;
        while (more) {
            try (LedgerRuntime runtime = runtimes.get()) {
                runtime.store();
                more = poll(runtime);
            }
            more = more && pause();
        }
    }

    /** One poll; false when the tail is done (limit reached or output closed). */
    private boolean poll(LedgerRuntime runtime) {
        boolean more = tail.poll(runtime.auditTrail(), event -> {
            if (left == 0) {
                return false;
            }
            output.event(event);
            left--;
            return true;
        });
        return output.flush() && more && left > 0;
    }

    /** Waits for the next poll; false when asked to stop meanwhile. */
    private boolean pause() {
        try {
            return !stop.await(interval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return false;
        }
    }
}
