package io.runledger.format.record;

import io.runledger.format.json.Json;
import io.runledger.format.json.JsonFields;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the audit lines of export format version 2 ({@link RecordLines#toLine(AuditEvent, ChainLink)}).
 * A canonical line (every line runledger writes) is read by taking its {@code chain} and {@code seq}
 * out and handing the rest, a version 1 audit line, to the one-pass reader; the line is accepted on
 * that path only when rendering the record again gives it back exactly. Any other line is parsed in full.
 */
final class ChainedLines {
    private static final String CHAIN = "{\"chain\":\"";
    private static final int REST = CHAIN.length() + 64 + 2;
    private static final String SEQ = ",\"seq\":";
    private static final List<String> KEYS = List.of("chain", "data", "event", "event_id", "level", "message",
            "run_id", "scope", "seq", "ts", "type");

    private ChainedLines() {
    }

    static ChainedEvent read(String line, long lineNumber) {
        return canonical(line).orElseGet(() -> parse(line, lineNumber));
    }

    private static Optional<ChainedEvent> canonical(String line) {
        // The last ",\"seq\":" is this line's own key: the keys after it (ts, type) hold no quote-free
        // text that could spell it, and strings before it escape their quotes.
        int seqAt = line.lastIndexOf(SEQ);
        int tsAt = seqAt < 0 ? -1 : line.indexOf(",\"ts\":", seqAt);
        if (!line.startsWith(CHAIN) || line.length() <= REST || line.charAt(REST - 2) != '"' || line.charAt(REST - 1) != ','
                || seqAt < REST || tsAt < 0) {
            return Optional.empty();
        }
        String chain = line.substring(CHAIN.length(), CHAIN.length() + 64);
        long seq;
        try {
            seq = Long.parseLong(line.substring(seqAt + SEQ.length(), tsAt));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!ChainLink.isHash(chain) || seq < 1) {
            return Optional.empty();
        }
        String plain = "{" + line.substring(REST, seqAt) + line.substring(tsAt);
        Optional<LedgerRecord> record = CanonicalRecordLines.read(plain);
        if (record.isEmpty() || !(record.get() instanceof AuditEvent event)) {
            return Optional.empty();
        }
        ChainedEvent chained = new ChainedEvent(new ChainLink(seq, chain), event);
        return RecordLines.toLine(event, chained.link()).equals(line) ? Optional.of(chained) : Optional.empty();
    }

    private static ChainedEvent parse(String line, long lineNumber) {
        try {
            JsonValue value = Json.parse(line);
            JsonFields f = JsonFields.of("a record", value);
            if (!f.optionalString("type").orElse("").equals("audit")) {
                throw JsonFields.invalid("type must be \"audit\" on a chained audit line");
            }
            f.allowOnly(KEYS).requireKeys(KEYS);
            String chain = f.string("chain");
            if (!ChainLink.isHash(chain)) {
                throw JsonFields.invalid("chain must be 64 lowercase hex digits");
            }
            return new ChainedEvent(new ChainLink(seq(((JsonObject) value).get("seq").orElseThrow()), chain),
                    RecordLines.audit(f));
        } catch (StoreException e) {
            if (e.reason() != ReasonCode.VALIDATION_FAILED && e.reason() != ReasonCode.MALFORMED_JSON) {
                throw e;
            }
            throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static long seq(JsonValue value) {
        if (value instanceof JsonNumber number && number.value() == Math.rint(number.value()) && number.value() >= 1
                && number.value() <= 1L << 53) {
            return (long) number.value();
        }
        throw JsonFields.invalid("seq must be a whole number of at least 1");
    }
}
