package io.runledger.format.record;

import io.runledger.format.json.CanonicalWriter;
import io.runledger.format.json.Json;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first line of an export (FORMAT.md): when it was written, the format and its version, the
 * schema version of the store it came from, and that store's backend id.
 */
public record ExportHeader(Instant exportedAt, int schemaVersion, String sourceBackend) {
    /** The value of the header's {@code format} key. */
    public static final String FORMAT = "runledger-export";
    /** The one format version this binary reads and writes. */
    public static final int FORMAT_VERSION = 1;
    private static final List<String> KEYS = List.of("exported_at", "format", "format_version", "schema_version",
            "source_backend");

    public ExportHeader {
        Objects.requireNonNull(exportedAt, "exportedAt");
        Timestamps.format(exportedAt);
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema_version is at least 1 (got " + schemaVersion + ")");
        }
        if (sourceBackend == null || sourceBackend.isBlank()) {
            throw new IllegalArgumentException("source_backend is required");
        }
    }

    /** The canonical header line (keys sorted), without its line feed. */
    public String toLine() {
        StringBuilder line = new StringBuilder("{\"exported_at\":");
        CanonicalWriter.writeString(Timestamps.format(exportedAt), line);
        line.append(",\"format\":\"").append(FORMAT).append("\",\"format_version\":").append(FORMAT_VERSION)
                .append(",\"schema_version\":").append(schemaVersion).append(",\"source_backend\":");
        CanonicalWriter.writeString(sourceBackend, line);
        return line.append('}').toString();
    }

    /**
     * Reads line 1 of a file. Raises {@link ReasonCode#IMPORT_FORMAT_INVALID} ("line 1: …") for a
     * missing or unknown header or an unknown {@code format_version}, and
     * {@link ReasonCode#SCHEMA_NEWER_THAN_BINARY} when the file's schema is newer than {@code schemaHead}.
     */
    public static ExportHeader parse(Optional<String> firstLine, int schemaHead) {
        String line = firstLine.orElseThrow(() -> invalid("the file is empty; it has no export header"));
        JsonObject header;
        try {
            header = Json.parse(line) instanceof JsonObject object ? object : null;
        } catch (StoreException e) {
            header = null;
        }
        if (header == null || !header.get("format").equals(Optional.of(new JsonString(FORMAT)))) {
            throw invalid("not a Runledger export header (expected {\"format\":\"" + FORMAT + "\",…})");
        }
        long formatVersion = integer(header, "format_version");
        if (formatVersion != FORMAT_VERSION) {
            throw invalid("unknown format_version " + formatVersion + "; this runledger reads format_version "
                    + FORMAT_VERSION + " only");
        }
        header.members().keySet().stream().filter(key -> !KEYS.contains(key)).sorted().findFirst().ifPresent(key -> {
            throw invalid("unknown header key \"" + key + "\"");
        });
        long schemaVersion = integer(header, "schema_version");
        if (schemaVersion < 1) {
            throw invalid("schema_version must be at least 1 (got " + schemaVersion + ")");
        }
        if (schemaVersion > schemaHead) {
            throw new StoreException(ReasonCode.SCHEMA_NEWER_THAN_BINARY, "line 1: the export has schema_version "
                    + schemaVersion + " but this runledger knows only up to " + schemaHead
                    + "; upgrade runledger to import it (nothing was written)");
        }
        try {
            return new ExportHeader(Timestamps.parse("exported_at", string(header, "exported_at")), (int) schemaVersion,
                    string(header, "source_backend"));
        } catch (StoreException | IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private static String string(JsonObject header, String key) {
        if (header.get(key).orElse(null) instanceof JsonString text && !text.value().isBlank()) {
            return text.value();
        }
        throw invalid(key + " must be a non-empty string");
    }

    private static long integer(JsonObject header, String key) {
        if (header.get(key).orElse(null) instanceof JsonNumber number && number.value() == Math.rint(number.value())
                && Math.abs(number.value()) <= Integer.MAX_VALUE) {
            return (long) number.value();
        }
        throw invalid(key + " must be an integer");
    }

    private static StoreException invalid(String problem) {
        return new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line 1: " + problem);
    }
}
