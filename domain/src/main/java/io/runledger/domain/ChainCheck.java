package io.runledger.domain;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The audit chain check of {@code doctor}, {@code GET /v1/store/check} and the server's own verification
 * (docs/AUDIT_CHAIN.md): a {@link ChainVerifier} walk bounded by a time budget ({@code audit.verify_budget_ms}),
 * which says how far it got. The chain is read only when a check runs, so a doctor that finds no usable
 * store reads none.
 */
public final class ChainCheck {
    /** The name of the doctor's check. */
    public static final String NAME = "audit_chain";

    private final Supplier<CommittedAudit> audit;
    private final Duration budget;
    private final int threads;

    /**
     * A check of the chain {@code audit} reads (an admin's committed view, or an open store's) that reads for
     * about {@code budget} at most (and at least one page), on as many threads as {@link ChainVerifier} takes for a
     * command that has the machine to itself ({@code doctor}).
     */
    public ChainCheck(Supplier<CommittedAudit> audit, Duration budget) {
        this(audit, budget, ChainVerifier.threadsOfACommand());
    }

    /** As above, walking on {@code threads} threads: a server checks on one, leaving the other cores to its requests. */
    public ChainCheck(Supplier<CommittedAudit> audit, Duration budget, int threads) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.budget = Objects.requireNonNull(budget, "budget");
        if (budget.isNegative()) {
            throw new IllegalArgumentException("a time budget cannot be negative");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("a check walks on at least one thread (got " + threads + ")");
        }
        this.threads = threads;
    }

    /** How long one check may read. */
    public Duration budget() {
        return budget;
    }

    /** The head the store records now, with the time of the event there. */
    public AuditHead head() {
        return AuditHead.of(audit.get().history());
    }

    /** One bounded walk; changes nothing. */
    public ChainVerdict verify() {
        CommittedAudit read = audit.get();
        return new ChainVerifier(read.history(), read.retention(), threads).verify(budget);
    }

    /**
     * The doctor's check: ok when the chain is intact as far as the budget let it read, saying how far
     * (e.g. {@code verified 1..5000 of 5000 in 0.02 s}); failed with {@link ReasonCode#AUDIT_CHAIN_BROKEN}
     * and the break's description otherwise, or with the store's reason when it could not be read.
     */
    public Check check() {
        long started = System.nanoTime();
        ChainVerdict verdict;
        try {
            verdict = verify();
        } catch (StoreException e) {
            return new Check(NAME, false, e.getMessage() == null ? e.reason().code() : e.getMessage(), Optional.of(e.reason()));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (verdict.broken().isPresent()) {
            return new Check(NAME, false, verdict.broken().get().describe() + " (" + reach(verdict, took)
                    + "); run `runledger audit verify`", Optional.of(ReasonCode.AUDIT_CHAIN_BROKEN));
        }
        String detail = reach(verdict, took) + (verdict.complete() ? ", intact up to the head"
                : ", intact so far: the time budget of " + budget.toMillis() + " ms (audit.verify_budget_ms) ran out;"
                        + " `runledger audit verify` checks the rest");
        return new Check(NAME, true, detail);
    }

    /** How far a walk got, e.g. {@code verified 1..5000 of 5000 in 0.02 s}. */
    public static String reach(ChainVerdict verdict, Duration took) {
        if (verdict.head().seq() == 0) {
            return "the log is empty (head seq 0), checked in " + seconds(took) + " s";
        }
        String range = verdict.verified() == 0 ? "no events" : (verdict.from() + 1) + ".." + verdict.reached();
        return "verified " + range + " of " + verdict.head().seq() + " in " + seconds(took) + " s"
                + (verdict.from() > 0 ? " (the check started after position " + verdict.from() + ": prunes removed the ones before)" : "");
    }

    /** Seconds with two decimals, as reports show them. */
    public static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.2f", took.toNanos() / 1e9);
    }
}
