package io.runledger.storage.json.journal;

import io.runledger.format.record.RecordLines;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.json.snapshot.EarlyRunLines;
import io.runledger.storage.json.snapshot.JsonSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One acknowledged write unit in the journal: what happened ({@code op}) and the records as they are
 * afterwards, as {@code {"op":…,"records":[<record line>,…]}}. Replaying an entry puts its records by
 * id, so it is the same whether a create, an update or a batch append wrote them. Each record is
 * its export line (the record format's codec), so a record nests no deeper here than in an export;
 * an audit event's line carries its chain position ({@code links}, by event id) from schema 6 on.
 */
public record JournalEntry(String op, List<LedgerRecord> records, Map<String, ChainLink> links) {
    public static final String APPEND = "append";
    public static final String RUN_CREATE = "run_create";
    public static final String RUN_UPDATE = "run_update";
    public static final String STEP_CREATE = "step_create";
    public static final String STEP_UPDATE = "step_update";
    static final Set<String> OPS = Set.of(APPEND, RUN_CREATE, RUN_UPDATE, STEP_CREATE, STEP_UPDATE);
    private static final String OP = "{\"op\":\"";
    private static final String RECORDS = "\",\"records\":[";
    private static final String END = "]}";
    private static final String CHAINED = "{\"chain\":";

    public JournalEntry {
        records = List.copyOf(records);
        links = Map.copyOf(links);
    }

    /** An entry of records that have no chain position (runs and steps). */
    public JournalEntry(String op, List<LedgerRecord> records) {
        this(op, records, Map.of());
    }

    /** The entry's canonical JSON: {@code {"op":…,"records":[…]}}. */
    String json() {
        StringBuilder out = new StringBuilder(256).append(OP).append(op).append(RECORDS);
        for (int i = 0; i < records.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            LedgerRecord record = records.get(i);
            ChainLink link = record instanceof AuditEvent event ? links.get(event.eventId().value()) : null;
            out.append(link == null ? RecordLines.toLine(record) : RecordLines.toLine((AuditEvent) record, link));
        }
        return out.append(END).toString();
    }

    /**
     * Reads an entry as {@link #json()} writes it, of a store at {@code schemaVersion}, on journal
     * line {@code lineNumber}. Raises {@link IllegalArgumentException} for another shape, and the
     * record format's refusal for a record line it refuses.
     */
    static JournalEntry read(String text, int schemaVersion, long lineNumber) {
        int opEnd = text.indexOf('"', OP.length());
        if (!text.startsWith(OP) || opEnd < 0 || !text.startsWith(RECORDS, opEnd) || !text.endsWith(END)) {
            throw new IllegalArgumentException("not a journal entry ({\"op\":…,\"records\":[…]})");
        }
        String op = text.substring(OP.length(), opEnd);
        if (!OPS.contains(op)) {
            throw new IllegalArgumentException("unknown journal op \"" + op + "\"");
        }
        List<LedgerRecord> records = new ArrayList<>();
        Map<String, ChainLink> links = new HashMap<>();
        int end = text.length() - END.length();
        for (int at = opEnd + RECORDS.length(); at < end; ) {
            int close = objectEnd(text, at, end);
            String line = text.substring(at, close);
            if (schemaVersion >= JsonSchema.CHAINED && line.startsWith(CHAINED)) {
                ChainedEvent chained = RecordLines.readChained(line, lineNumber);
                records.add(chained.event());
                links.put(chained.event().eventId().value(), chained.link());
            } else {
                LedgerRecord record = EarlyRunLines.record(schemaVersion, line, lineNumber);
                if (schemaVersion >= JsonSchema.CHAINED && record instanceof AuditEvent) {
                    throw new IllegalArgumentException("an audit event's line lacks its chain position (seq, chain)");
                }
                records.add(record);
            }
            if (close < end && (text.charAt(close) != ',' || close + 1 == end)) {
                throw new IllegalArgumentException("journal records are separated by single commas");
            }
            at = close + 1;
        }
        return new JournalEntry(op, records, links);
    }

    /**
     * Where the record line starting at {@code start} ends: after the brace that closes it, found by
     * counting brackets outside strings. Only the extent is found here; the record format reads the line.
     */
    private static int objectEnd(String text, int start, int limit) {
        if (text.charAt(start) != '{') {
            throw new IllegalArgumentException("a journal record must be an object");
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("a journal record is not closed");
    }
}
