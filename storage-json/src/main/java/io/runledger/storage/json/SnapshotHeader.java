package io.runledger.storage.json;

import java.time.Instant;
import java.util.Set;

/**
 * The first line of {@code state.json}: exactly the export format's header. Its {@code exported_at}
 * doubles as the snapshot's identity — every compaction writes a strictly later one — and the
 * journal names the snapshot it continues by it.
 */
record SnapshotHeader(Instant exportedAt, int schemaVersion, String sourceBackend) {
    static final String FORMAT = "runledger-export";
    static final int FORMAT_VERSION = 1;
    private static final Set<String> KEYS = Set.of("exported_at", "format", "format_version", "schema_version", "source_backend");

    static SnapshotHeader parse(String line) {
        Fields f = new Fields(JsonReader.parseObject(line)).exactly(KEYS);
        if (!FORMAT.equals(f.string("format"))) {
            throw new IllegalArgumentException("not a Runledger store header (format is not \"" + FORMAT + "\")");
        }
        if (f.number("format_version") != FORMAT_VERSION) {
            throw new IllegalArgumentException("unknown format_version " + f.number("format_version"));
        }
        long schema = f.number("schema_version");
        if (schema < 1 || schema > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("schema_version must be at least 1");
        }
        return new SnapshotHeader(f.time("exported_at"), (int) schema, f.string("source_backend"));
    }

    String line() {
        StringBuilder out = new StringBuilder("{\"exported_at\":\"").append(Instants.format(exportedAt))
                .append("\",\"format\":\"").append(FORMAT).append("\",\"format_version\":").append(FORMAT_VERSION)
                .append(",\"schema_version\":").append(schemaVersion).append(",\"source_backend\":");
        return CanonicalText.string(sourceBackend, out).append('}').toString();
    }
}
