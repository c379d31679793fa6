package io.runledger.format.record;

import io.runledger.format.json.Json;
import io.runledger.format.json.JsonBytes;
import io.runledger.format.json.JsonFields;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
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
import io.runledger.storage.api.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The record lines of the export format (FORMAT.md): one canonical JSON object per run, step or
 * audit event, every key present, {@code null} for absent values.
 */
public final class RecordLines {
    private static final List<String> RUN_KEYS = List.of("args", "config_hash", "created_at", "finished_at",
            "git_sha", "labels", "run_id", "status", "type");
    private static final List<String> STEP_KEYS = List.of("finished_at", "name", "run_id", "started_at",
            "stats", "status", "step_id", "type");
    private static final List<String> AUDIT_KEYS = List.of("data", "event", "event_id", "level", "message",
            "run_id", "scope", "ts", "type");

    /**
     * The length of an audit line's keys, punctuation, level, {@code ts} and {@code type}: everything but the texts
     * and ids; with a chain position, its {@code chain} and {@code seq} add at most {@link #CHAIN_KEYS_LENGTH}.
     */
    private static final int AUDIT_KEYS_LENGTH = 160;
    private static final int CHAIN_KEYS_LENGTH = 110;
    /** A buffer that holds most run and step lines without growing. */
    private static final int TYPICAL = 256;

    private RecordLines() {
    }

    /**
     * The canonical line of a record, without its line feed; a {@link ChainedEvent}'s is the audit line
     * of format version 2 ({@link #toLine(AuditEvent, ChainLink)}).
     */
    public static String toLine(LedgerRecord record) {
        JsonBytes line = new JsonBytes(record instanceof AuditEvent event ? auditLength(event)
                : record instanceof ChainedEvent chained ? auditLength(chained.event()) + CHAIN_KEYS_LENGTH : TYPICAL);
        write(record, line);
        return line.toString();
    }

    /**
     * The canonical line of an audit event at its chain position, without its line feed: the audit line
     * of export format version 2 (FORMAT.md), which adds {@code chain} and {@code seq} to {@link #toLine}.
     */
    public static String toLine(AuditEvent event, ChainLink link) {
        return toLine(new ChainedEvent(link, event));
    }

    /**
     * Writes the canonical line of {@link #toLine(LedgerRecord)} as UTF-8 onto {@code line}: what the
     * content hash and the audit chain hash, without a {@code String} in between.
     */
    static void write(LedgerRecord record, JsonBytes line) {
        LineWriter writer = new LineWriter(line);
        if (record instanceof ChainedEvent chained) {
            audit(writer, chained.event(), Optional.of(chained.link()));
        } else if (record instanceof Run run) {
            writer.raw("args", run.args().text()).text("config_hash", run.configHash())
                    .time("created_at", Optional.of(run.createdAt())).time("finished_at", run.finishedAt())
                    .text("git_sha", run.gitSha()).labels("labels", run.labels())
                    .plain("run_id", run.runId().value()).plain("status", run.status().wireName()).plain("type", "run");
        } else if (record instanceof Step step) {
            writer.time("finished_at", step.finishedAt()).text("name", step.name())
                    .plain("run_id", step.runId().value()).time("started_at", step.startedAt())
                    .raw("stats", step.stats().text()).plain("status", step.status().wireName())
                    .plain("step_id", step.stepId().value()).plain("type", "step");
        } else if (record instanceof AuditEvent event) {
            audit(writer, event, Optional.empty());
        }
        line.ascii('}');
    }

    /**
     * About how long an audit line is (exact unless a text needs escaping or is not ASCII), so that its buffer is
     * not grown and copied while it is written.
     */
    private static int auditLength(AuditEvent event) {
        return AUDIT_KEYS_LENGTH + event.data().text().length() + event.event().length() + event.eventId().value().length()
                + event.message().length() + event.runId().map(r -> r.value().length()).orElse(0) + event.scope().length();
    }

    private static void audit(LineWriter line, AuditEvent event, Optional<ChainLink> link) {
        link.ifPresent(l -> line.plain("chain", l.chain()));
        line.raw("data", event.data().text()).text("event", event.event())
                .plain("event_id", event.eventId().value()).plain("level", event.level().wireName())
                .text("message", event.message());
        if (event.runId().isPresent()) {
            line.plain("run_id", event.runId().get().value());
        } else {
            line.raw("run_id", "null");
        }
        line.text("scope", event.scope());
        link.ifPresent(l -> line.number("seq", l.seq()));
        line.time("ts", Optional.of(event.ts())).plain("type", "audit");
    }

    /**
     * Reads an audit line of export format version 2 (with {@code chain} and {@code seq}) as
     * {@link #parse} reads a record line: valid but non-canonical JSON is accepted; anything else is
     * {@link ReasonCode#IMPORT_FORMAT_INVALID} naming {@code lineNumber}.
     */
    public static ChainedEvent readChained(String line, long lineNumber) {
        return ChainedLines.read(line, lineNumber);
    }

    /**
     * Reads one record line as {@link #parse} does, in one pass without a JSON tree when the line is
     * already canonical (every line runledger writes): the same record, the same refusals.
     */
    public static LedgerRecord read(String line, long lineNumber) {
        Optional<LedgerRecord> canonical = CanonicalRecordLines.read(line);
        return canonical.isPresent() ? canonical.get() : parse(line, lineNumber);
    }

    /**
     * Reads one record line; {@code lineNumber} is its 1-based position in the file, for messages.
     * Valid but non-canonical JSON is accepted. Raises {@link ReasonCode#IMPORT_FORMAT_INVALID}
     * ("line N: …") for bad JSON, a record type other than run, step or audit, a missing, extra or
     * ill-typed key, a bad ID or TS, or an unknown status or level.
     */
    public static LedgerRecord parse(String line, long lineNumber) {
        try {
            JsonFields fields = JsonFields.of("a record", Json.parse(line));
            String type = fields.optionalString("type").orElse("");
            switch (type) {
                case "run":
                    return run(fields.allowOnly(RUN_KEYS).requireKeys(RUN_KEYS));
                case "step":
                    return step(fields.allowOnly(STEP_KEYS).requireKeys(STEP_KEYS));
                case "audit":
                    return audit(fields.allowOnly(AUDIT_KEYS).requireKeys(AUDIT_KEYS));
                default:
                    throw JsonFields.invalid("type must be \"run\", \"step\" or \"audit\" (got \"" + type + "\")");
            }
        } catch (StoreException e) {
            if (e.reason() != ReasonCode.VALIDATION_FAILED && e.reason() != ReasonCode.MALFORMED_JSON) {
                throw e;
            }
            throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static Run run(JsonFields f) {
        return new Run(new RunId(f.string("run_id")), time(f, "created_at"), f.object("args"),
                f.optionalString("git_sha"), f.optionalString("config_hash"),
                wire(f, "status", RunStatus::fromWire), f.optional("finished_at", t -> Timestamps.parse("finished_at", t)),
                f.stringMap("labels"));
    }

    private static Step step(JsonFields f) {
        return new Step(new RunId(f.string("run_id")), new StepId(f.string("step_id")), f.string("name"),
                wire(f, "status", StepStatus::fromWire),
                f.optional("started_at", t -> Timestamps.parse("started_at", t)),
                f.optional("finished_at", t -> Timestamps.parse("finished_at", t)), f.object("stats"));
    }

    /** The audit event of an audit line's fields, the keys already checked. */
    static AuditEvent audit(JsonFields f) {
        return new AuditEvent(new EventId(f.string("event_id")), time(f, "ts"), wire(f, "level", AuditLevel::fromWire),
                f.optional("run_id", RunId::new), f.string("scope"), f.string("event"), f.string("message"),
                f.object("data"));
    }

    static Instant time(JsonFields f, String key) {
        return Timestamps.parse(key, f.string(key));
    }

    static <E> E wire(JsonFields f, String key, Function<String, Optional<E>> fromWire) {
        String name = f.string(key);
        return fromWire.apply(name).orElseThrow(() -> JsonFields.invalid("unknown " + key + " \"" + name + "\""));
    }

    /** Writes keys in the order given, which callers keep sorted, so the line is canonical. */
    private static final class LineWriter {
        private final JsonBytes out;
        private boolean first = true;

        LineWriter(JsonBytes out) {
            this.out = out.ascii('{');
        }

        LineWriter raw(String key, String canonicalJson) {
            key(key).text(canonicalJson);
            return this;
        }

        /** A value that never needs escaping (an id, a wire name): written between quotes as it is. */
        LineWriter plain(String key, String value) {
            key(key).ascii('"').text(value).ascii('"');
            return this;
        }

        LineWriter text(String key, String value) {
            key(key).string(value);
            return this;
        }

        LineWriter text(String key, Optional<String> value) {
            return value.isPresent() ? text(key, value.get()) : raw(key, "null");
        }

        LineWriter number(String key, long value) {
            key(key).number(value);
            return this;
        }

        LineWriter time(String key, Optional<Instant> value) {
            if (value.isEmpty()) {
                return raw(key, "null");
            }
            key(key).timestamp(value.get());
            return this;
        }

        LineWriter labels(String key, Map<String, String> labels) {
            key(key).ascii('{');
            boolean firstLabel = true;
            for (Map.Entry<String, String> label : labels.entrySet()) {
                if (!firstLabel) {
                    out.ascii(',');
                }
                firstLabel = false;
                out.string(label.getKey()).ascii(':').string(label.getValue());
            }
            out.ascii('}');
            return this;
        }

        /** The record keys are plain ASCII names that JCS writes as they are. */
        private JsonBytes key(String key) {
            if (!first) {
                out.ascii(',');
            }
            first = false;
            return out.ascii('"').text(key).ascii('"').ascii(':');
        }
    }
}
