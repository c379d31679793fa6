package io.runledger.storage.tck;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Small builders of storage-api records, so that contract tests say only what matters to them. */
public final class Records {
    /** A base time with a non-zero microsecond part, so that a store keeping milliseconds is caught. */
    public static final Instant T0 = Instant.parse("2024-01-01T00:00:00.000001Z");

    /**
     * Canonical JSON (RFC 8785) with what tends to break a store: escapes, a control character,
     * nesting, arrays, the largest exact integer, a fraction, non-ASCII keys and an emoji.
     */
    public static final CanonicalJson AWKWARD_JSON = new CanonicalJson(
            "{\"a\":[1,2.5,-0.001,{\"b\":null,\"c\":[]}],\"e\":\"quote \\\" backslash \\\\ slash / ctrl \\u0001 tab \\t nl \\n\","
            + "\"k\":true,\"n\":9007199254740991,\"ü\":\"漢字 😀 ключ\"}");

    public static final String CONFIG_HASH = "4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce";
    public static final String GIT_SHA = "356a192b7913b04c54574d18c28d46e6395428ab";

    private Records() {
    }

    /** {@link #T0} plus some seconds and microseconds. */
    public static Instant at(long seconds, long micros) {
        return T0.plusSeconds(seconds).plusNanos(micros * 1_000);
    }

    public static Instant at(long seconds) {
        return at(seconds, 0);
    }

    public static CanonicalJson json(String canonicalText) {
        return new CanonicalJson(canonicalText);
    }

    public static RunId runId(String value) {
        return new RunId(value);
    }

    public static StepId stepId(String value) {
        return new StepId(value);
    }

    public static EventId eventId(String value) {
        return new EventId(value);
    }

    /** A running run with empty args, no git sha, config hash or labels. */
    public static Run run(String id) {
        return new Run(runId(id), T0, CanonicalJson.EMPTY_OBJECT, Optional.empty(), Optional.empty(),
                RunStatus.RUNNING, Optional.empty(), Map.of());
    }

    /** A run in {@code status} carrying {@code labels}. */
    public static Run run(String id, RunStatus status, Map<String, String> labels) {
        Optional<Instant> finished = status == RunStatus.RUNNING ? Optional.empty() : Optional.of(at(60));
        return run(id).withStatus(status, finished).withLabels(labels);
    }

    /** A finished run with every optional field present and awkward values in each. */
    public static Run richRun(String id) {
        return new Run(runId(id), Instant.parse("2024-02-29T23:59:59.999999Z"), AWKWARD_JSON, Optional.of(GIT_SHA),
                Optional.of(CONFIG_HASH), RunStatus.SUCCEEDED, Optional.of(Instant.parse("2024-03-01T00:00:00.000001Z")),
                Map.of("env", "ci", "team", "quote \" and backslash \\", "empty", "", "ключ", "значение 😀"));
    }

    /** A pending step with no times and empty stats. */
    public static Step step(String runId, String stepId) {
        return new Step(runId(runId), stepId(stepId), "step " + stepId, StepStatus.PENDING, Optional.empty(),
                Optional.empty(), CanonicalJson.EMPTY_OBJECT);
    }

    /** A finished step with both times and awkward stats. */
    public static Step richStep(String runId, String stepId) {
        return new Step(runId(runId), stepId(stepId), "compile ✓ \"quoted\"", StepStatus.FAILED,
                Optional.of(at(1, 999_999)), Optional.of(at(2, 1)), AWKWARD_JSON);
    }

    /** An info event of scope {@code job} at {@link #T0}, attached to no run. */
    public static AuditEvent event(String id) {
        return event(id, Optional.empty(), AuditLevel.INFO, "job", T0);
    }

    /** An info event of scope {@code job} at {@link #T0}, attached to run {@code runId}. */
    public static AuditEvent event(String id, String runId) {
        return event(id, Optional.of(runId(runId)), AuditLevel.INFO, "job", T0);
    }

    public static AuditEvent event(String id, Optional<RunId> runId, AuditLevel level, String scope, Instant ts) {
        return new AuditEvent(eventId(id), ts, level, runId, scope, "noted", "event " + id, CanonicalJson.EMPTY_OBJECT);
    }

    /** An event with awkward values in every text field. */
    public static AuditEvent richEvent(String id, String runId) {
        return new AuditEvent(eventId(id), at(3, 123_456), AuditLevel.WARN, Optional.of(runId(runId)), "db ✓",
                "migrated", "line one\nline two \"quoted\" \\ 😀 " + "x".repeat(70_000), AWKWARD_JSON);
    }

    /** A prune record of {@code count} events whose last pruned position is {@code last}. */
    public static AuditPrune prune(String id, long count, ChainLink last) {
        return new AuditPrune(id, at(100), at(10), at(1), at(2), count, "archive.jsonl", "sha256:" + "ab".repeat(32),
                Optional.of(last));
    }

    /** The stored link at position {@code seq}. */
    public static ChainLink linkAt(AuditHistory history, long seq) {
        return history.at(seq).map(ChainedEvent::link).orElseThrow(() -> new AssertionError("no event at position " + seq));
    }
}
