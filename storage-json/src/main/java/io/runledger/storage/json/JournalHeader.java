package io.runledger.storage.json;

import java.time.Instant;
import java.util.Set;

/**
 * The first line of {@code state.json.journal}: which snapshot (by its {@code exported_at}) the
 * entries below continue. A journal continuing an older snapshot was already folded into the current
 * one by a compaction that crashed before replacing the journal, and is ignored.
 */
record JournalHeader(Instant continues) {
    static final String FORMAT = "runledger-json-journal";
    private static final Set<String> KEYS = Set.of("continues", "format", "format_version");

    static JournalHeader parse(String line) {
        Fields f = new Fields(JsonReader.parseObject(line)).exactly(KEYS);
        if (!FORMAT.equals(f.string("format")) || f.number("format_version") != 1) {
            throw new IllegalArgumentException("not a journal header of format " + FORMAT + " version 1");
        }
        return new JournalHeader(f.time("continues"));
    }

    String line() {
        return "{\"continues\":\"" + Instants.format(continues) + "\",\"format\":\"" + FORMAT + "\",\"format_version\":1}";
    }
}
