package io.runledger.format.record;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a record line that is already exactly in canonical form (FORMAT.md) — what every export
 * file written by runledger holds — in one pass over the text, checking the known keys in place
 * instead of building a JSON tree. It accepts a line only when it is sure the line is canonical: keys
 * in canonical order, no whitespace, strings without escapes, canonical numbers, nested objects no
 * deeper than {@link io.runledger.format.json.Json#MAX_DEPTH} (the parser's limit). For any other line it returns empty and {@link RecordLines#parse}
 * reads the line in full, with its refusals and messages; so this class never refuses anything, and a
 * record it returns is the one {@link RecordLines#parse} would return for the same line, whose
 * canonical line is the line itself (the content hash can take its bytes unchanged).
 */
final class CanonicalRecordLines {
    private final CanonicalCursor line;

    private CanonicalRecordLines(String line) {
        this.line = new CanonicalCursor(line);
    }

    /** The record of {@code line} if the line is canonical; empty for any other line, valid or not. */
    static Optional<LedgerRecord> read(String line) {
        CanonicalRecordLines reader = new CanonicalRecordLines(line);
        try {
            LedgerRecord record = reader.record(line);
            return reader.line.atEnd() ? Optional.of(record) : Optional.empty();
        } catch (CanonicalCursor.NotCanonical | StoreException notSure) {
            // StoreException: a value the record types refuse; the full parser names it
            return Optional.empty();
        }
    }

    private LedgerRecord record(String text) {
        if (text.startsWith("{\"data\":")) {
            return audit();
        }
        if (text.startsWith("{\"args\":")) {
            return run();
        }
        if (text.startsWith("{\"finished_at\":")) {
            return step();
        }
        throw CanonicalCursor.notCanonical();
    }

    private AuditEvent audit() {
        CanonicalJson data = object("{\"data\":");
        String event = string(",\"event\":");
        EventId eventId = new EventId(string(",\"event_id\":"));
        AuditLevel level = AuditLevel.fromWire(string(",\"level\":")).orElseThrow(CanonicalCursor::notCanonical);
        String message = string(",\"message\":");
        Optional<RunId> runId = optionalString(",\"run_id\":").map(RunId::new);
        String scope = string(",\"scope\":");
        Instant ts = time(",\"ts\":");
        line.literal(",\"type\":\"audit\"}");
        return new AuditEvent(eventId, ts, level, runId, scope, event, message, data);
    }

    private Run run() {
        CanonicalJson args = object("{\"args\":");
        Optional<String> configHash = optionalString(",\"config_hash\":");
        Instant createdAt = time(",\"created_at\":");
        Optional<Instant> finishedAt = optionalTime(",\"finished_at\":");
        Optional<String> gitSha = optionalString(",\"git_sha\":");
        Map<String, String> labels = labels(",\"labels\":");
        RunId runId = new RunId(string(",\"run_id\":"));
        RunStatus status = RunStatus.fromWire(string(",\"status\":")).orElseThrow(CanonicalCursor::notCanonical);
        line.literal(",\"type\":\"run\"}");
        return new Run(runId, createdAt, args, gitSha, configHash, status, finishedAt, labels);
    }

    private Step step() {
        Optional<Instant> finishedAt = optionalTime("{\"finished_at\":");
        String name = string(",\"name\":");
        RunId runId = new RunId(string(",\"run_id\":"));
        Optional<Instant> startedAt = optionalTime(",\"started_at\":");
        CanonicalJson stats = object(",\"stats\":");
        StepStatus status = StepStatus.fromWire(string(",\"status\":")).orElseThrow(CanonicalCursor::notCanonical);
        StepId stepId = new StepId(string(",\"step_id\":"));
        line.literal(",\"type\":\"step\"}");
        return new Step(runId, stepId, name, status, startedAt, finishedAt, stats);
    }

    private String string(String key) {
        line.literal(key);
        return line.string();
    }

    private Optional<String> optionalString(String key) {
        line.literal(key);
        return line.skipNull() ? Optional.empty() : Optional.of(line.string());
    }

    private Instant time(String key) {
        return Timestamps.canonical(string(key)).orElseThrow(CanonicalCursor::notCanonical);
    }

    private Optional<Instant> optionalTime(String key) {
        Optional<String> value = optionalString(key);
        return value.isEmpty() ? Optional.empty()
                : Optional.of(Timestamps.canonical(value.get()).orElseThrow(CanonicalCursor::notCanonical));
    }

    private CanonicalJson object(String key) {
        line.literal(key);
        return new CanonicalJson(line.object());
    }

    private Map<String, String> labels(String key) {
        line.literal(key);
        return line.stringMap();
    }
}
