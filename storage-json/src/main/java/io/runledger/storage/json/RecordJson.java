package io.runledger.storage.json;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.StoreException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Run, step and audit records as the export format's canonical record lines (FORMAT.md): keys sorted,
 * every key present, {@code null} for absent values. Nested objects are written and read back as
 * their exact text. Runs of schema versions before 3 carry no status, finish time or labels.
 */
final class RecordJson {
    private static final Set<String> RUN_KEYS = Set.of("args", "config_hash", "created_at", "finished_at",
            "git_sha", "labels", "run_id", "status", "type");
    private static final Set<String> OLD_RUN_KEYS = Set.of("args", "config_hash", "created_at", "git_sha", "run_id", "type");
    private static final Set<String> STEP_KEYS = Set.of("finished_at", "name", "run_id", "started_at",
            "stats", "status", "step_id", "type");
    private static final Set<String> AUDIT_KEYS = Set.of("data", "event", "event_id", "level", "message",
            "run_id", "scope", "ts", "type");

    private RecordJson() {
    }

    static String line(LedgerRecord record) {
        return write(record, new StringBuilder(256)).toString();
    }

    /** Appends the canonical line of a record, without a line feed. */
    static StringBuilder write(LedgerRecord record, StringBuilder out) {
        out.append('{');
        if (record instanceof Run run) {
            key("args", out).append(run.args().text());
            text(key("config_hash", out), run.configHash());
            time(key("created_at", out), Optional.of(run.createdAt()));
            time(key("finished_at", out), run.finishedAt());
            text(key("git_sha", out), run.gitSha());
            labels(key("labels", out), run.labels());
            CanonicalText.string(run.runId().value(), key("run_id", out));
            CanonicalText.string(run.status().wireName(), key("status", out));
            key("type", out).append("\"run\"");
        } else if (record instanceof Step step) {
            time(key("finished_at", out), step.finishedAt());
            CanonicalText.string(step.name(), key("name", out));
            CanonicalText.string(step.runId().value(), key("run_id", out));
            time(key("started_at", out), step.startedAt());
            key("stats", out).append(step.stats().text());
            CanonicalText.string(step.status().wireName(), key("status", out));
            CanonicalText.string(step.stepId().value(), key("step_id", out));
            key("type", out).append("\"step\"");
        } else if (record instanceof AuditEvent event) {
            key("data", out).append(event.data().text());
            CanonicalText.string(event.event(), key("event", out));
            CanonicalText.string(event.eventId().value(), key("event_id", out));
            CanonicalText.string(event.level().wireName(), key("level", out));
            CanonicalText.string(event.message(), key("message", out));
            text(key("run_id", out), event.runId().map(RunId::value));
            CanonicalText.string(event.scope(), key("scope", out));
            time(key("ts", out), Optional.of(event.ts()));
            key("type", out).append("\"audit\"");
        }
        return out.append('}');
    }

    /**
     * Reads one record of a store at {@code schemaVersion}. Raises {@link IllegalArgumentException}
     * for anything that is not exactly a record of that version (the value records' own
     * {@code StoreException}s are left to the caller, which reports both the same way).
     */
    static LedgerRecord read(JsonObject object, int schemaVersion) {
        Fields f = new Fields(object);
        String type = f.string("type");
        switch (type) {
            case "run":
                if (schemaVersion < 3) {
                    f.exactly(OLD_RUN_KEYS);
                    return new Run(new RunId(f.string("run_id")), f.time("created_at"), json(f, "args"),
                            f.optionalString("git_sha"), f.optionalString("config_hash"), RunStatus.RUNNING,
                            Optional.empty(), Map.of());
                }
                f.exactly(RUN_KEYS);
                return new Run(new RunId(f.string("run_id")), f.time("created_at"), json(f, "args"),
                        f.optionalString("git_sha"), f.optionalString("config_hash"), f.wire("status", RunStatus::fromWire),
                        f.optionalTime("finished_at"), f.stringMap("labels"));
            case "step":
                f.exactly(STEP_KEYS);
                return new Step(new RunId(f.string("run_id")), new StepId(f.string("step_id")), f.string("name"),
                        f.wire("status", StepStatus::fromWire), f.optionalTime("started_at"), f.optionalTime("finished_at"),
                        json(f, "stats"));
            case "audit":
                f.exactly(AUDIT_KEYS);
                return new AuditEvent(new EventId(f.string("event_id")), f.time("ts"), f.wire("level", AuditLevel::fromWire),
                        f.optionalString("run_id").map(RunId::new), f.string("scope"), f.string("event"), f.string("message"),
                        json(f, "data"));
            default:
                throw new IllegalArgumentException("unknown record type \"" + type + "\"");
        }
    }

    /**
     * Refuses a record whose JSON objects ({@code args}, {@code stats}, {@code data}) are not
     * well-formed JSON: they are written verbatim, and a store must be able to read back what it
     * acknowledged. Raises {@link ReasonCode#VALIDATION_FAILED}.
     */
    static <R extends LedgerRecord> R requireReadable(R record) {
        if (record instanceof Run run) {
            requireObject("args", run.args());
        } else if (record instanceof Step step) {
            requireObject("stats", step.stats());
        } else if (record instanceof AuditEvent event) {
            requireObject("data", event.data());
        }
        return record;
    }

    private static void requireObject(String field, CanonicalJson json) {
        try {
            JsonReader.parseObject(json.text());
        } catch (IllegalArgumentException e) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, field + " is not a well-formed JSON object: " + e.getMessage());
        }
    }

    private static CanonicalJson json(Fields f, String key) {
        return new CanonicalJson(f.object(key).text());
    }

    private static StringBuilder key(String key, StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '{') {
            out.append(',');
        }
        return out.append('"').append(key).append("\":");
    }

    private static void text(StringBuilder out, Optional<String> value) {
        if (value.isPresent()) {
            CanonicalText.string(value.get(), out);
        } else {
            out.append("null");
        }
    }

    private static void time(StringBuilder out, Optional<Instant> value) {
        text(out, value.map(Instants::format));
    }

    private static void labels(StringBuilder out, Map<String, String> labels) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, String> label : labels.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            CanonicalText.string(label.getKey(), out).append(':');
            CanonicalText.string(label.getValue(), out);
        }
        out.append('}');
    }
}
