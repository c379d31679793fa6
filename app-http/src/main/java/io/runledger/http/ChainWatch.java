package io.runledger.http;

import io.runledger.domain.AuditHead;
import io.runledger.domain.ChainBreak;
import io.runledger.domain.ChainCheck;
import io.runledger.domain.ChainVerdict;
import io.runledger.storage.api.Redaction;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own verification of the audit chain (docs/AUDIT_CHAIN.md, "Checks that run by themselves"):
 * commands that only read may not write to the store, so the server keeps what it last found in memory —
 * when, how far, and the result. It verifies on one background thread, bounded by the check's budget: once
 * at start, and again when {@link #latest()} is asked (by {@code GET /v1/store}) and the last verification
 * started at least {@code maxAge} ago. At most one runs at a time; nobody waits for one. A break is logged
 * when it is first found; a verification that could not read the store leaves the last one in place.
 */
final class ChainWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChainWatch.class);

    /** One finished verification: when it finished, how long it took, what it found. */
    record Verification(Instant finishedAt, Duration took, ChainVerdict verdict) {
    }

    private final ChainCheck chain;
    private final long maxAgeNanos;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "runledger-chain-check");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Optional<Verification> last = Optional.empty();
    private boolean running;
    private boolean started;
    private long startedAt;
    private Optional<ChainBreak> lastBreak = Optional.empty();

    ChainWatch(ChainCheck chain, Duration maxAge) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** Starts the first verification. */
    void start() {
        latest();
    }

    /** The last finished verification, if any; starts another in the background when it is due. */
    Optional<Verification> latest() {
        synchronized (this) {
            long now = System.nanoTime();
            if (!running && !runner.isShutdown() && (!started || now - startedAt >= maxAgeNanos)) {
                running = true;
                started = true;
                startedAt = now;
                runner.execute(this::verify);
            }
        }
        return last;
    }

    /** The head the store records now (read at each call, not remembered). */
    AuditHead head() {
        return chain.head();
    }

    /** Whether a verification runs now. */
    synchronized boolean verifying() {
        return running;
    }

    private void verify() {
        try {
            long began = System.nanoTime();
            ChainVerdict verdict = chain.verify();
            Verification done = new Verification(Timestamps.now(Clock.systemUTC()), Duration.ofNanos(System.nanoTime() - began), verdict);
            logChange(verdict.broken());
            last = Optional.of(done);
        } catch (StoreException e) {
            LOG.debug("could not verify the audit chain ({}: {})", e.reason().code(), Redaction.hideSecrets(String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            LOG.error("verifying the audit chain failed", e);
        } finally {
            synchronized (this) {
                running = false;
            }
        }
    }

    /** Runs on the one verifying thread only, so {@code lastBreak} needs no lock of its own. */
    private void logChange(Optional<ChainBreak> broken) {
        if (broken.equals(lastBreak)) {
            return;
        }
        if (broken.isPresent()) {
            LOG.error("{}; run `runledger audit verify` and see docs/AUDIT_CHAIN.md", broken.get().describe());
        } else {
            LOG.info("the audit chain verifies again");
        }
        lastBreak = broken;
    }

    /** Stops the thread, waiting for a verification under way (it ends within its budget). */
    @Override
    public void close() {
        synchronized (this) {
            // Under the lock that latest() checks and submits under, so no request is refused a submit.
            runner.shutdownNow();
        }
        try {
            if (!runner.awaitTermination(chain.budget().toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
                LOG.warn("the audit chain check did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
