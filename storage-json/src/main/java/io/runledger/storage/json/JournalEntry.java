package io.runledger.storage.json;

import io.runledger.storage.api.LedgerRecord;
import java.util.List;
import java.util.Set;

/**
 * One acknowledged write unit in the journal: what happened ({@code op}) and the records as they are
 * afterwards. Replaying an entry puts its records by id, so it is the same whether a create, an
 * update or a batch append wrote them.
 */
record JournalEntry(String op, List<LedgerRecord> records) {
    static final String APPEND = "append";
    static final String RUN_CREATE = "run_create";
    static final String RUN_UPDATE = "run_update";
    static final String STEP_CREATE = "step_create";
    static final String STEP_UPDATE = "step_update";
    static final Set<String> OPS = Set.of(APPEND, RUN_CREATE, RUN_UPDATE, STEP_CREATE, STEP_UPDATE);

    JournalEntry {
        records = List.copyOf(records);
    }

    /** The entry's canonical JSON: {@code {"op":…,"records":[…]}}. */
    String json() {
        StringBuilder out = new StringBuilder(256).append("{\"op\":\"").append(op).append("\",\"records\":[");
        for (int i = 0; i < records.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            RecordJson.write(records.get(i), out);
        }
        return out.append("]}").toString();
    }

    static JournalEntry read(JsonObject object, int schemaVersion) {
        Fields f = new Fields(object).exactly(Set.of("op", "records"));
        String op = f.string("op");
        if (!OPS.contains(op)) {
            throw new IllegalArgumentException("unknown journal op \"" + op + "\"");
        }
        List<LedgerRecord> records = f.array("records").stream().map(r -> {
            if (!(r instanceof JsonObject record)) {
                throw new IllegalArgumentException("a journal record must be an object");
            }
            return RecordJson.read(record, schemaVersion);
        }).toList();
        return new JournalEntry(op, records);
    }
}
