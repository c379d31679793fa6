package io.runledger.format.record;

import io.runledger.format.json.CanonicalWriter;
import io.runledger.format.json.Json;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The first line of an export (FORMAT.md): when it was written, the format and its version, the
 * schema version of the store it came from, and that store's backend id; in format version 2, after a
 * prune, the audit chain's anchor (the last pruned position and its chain), from which the file's
 * first audit event links.
 *
 * @param formatVersion {@link #FORMAT_VERSION} (1) or {@link #CHAINED_VERSION} (2): whether audit lines carry
 *                      {@code seq} and {@code chain}
 * @param chainAnchor   the anchor, only in version 2
 */
public record ExportHeader(int formatVersion, Instant exportedAt, int schemaVersion, String sourceBackend,
                           Optional<ChainLink> chainAnchor) {
    /** The value of the header's {@code format} key. */
    public static final String FORMAT = "runledger-export";
    /**
     * Format version 1: audit lines without their chain positions. What older binaries read, and the
     * version the JSON store's snapshot states (docs/FORMAT.md).
     */
    public static final int FORMAT_VERSION = 1;
    /** Format version 2: every audit line carries {@code seq} and {@code chain} (SPEC S12). What exports are written in. */
    public static final int CHAINED_VERSION = 2;
    private static final List<String> KEYS = List.of("chain_anchor", "exported_at", "format", "format_version",
            "schema_version", "source_backend");

    public ExportHeader {
        if (formatVersion != FORMAT_VERSION && formatVersion != CHAINED_VERSION) {
            throw new IllegalArgumentException("format_version is 1 or 2 (got " + formatVersion + ")");
        }
        Objects.requireNonNull(chainAnchor, "chainAnchor");
        if (chainAnchor.isPresent() && formatVersion != CHAINED_VERSION) {
            throw new IllegalArgumentException("only format version 2 carries a chain anchor");
        }
        Objects.requireNonNull(exportedAt, "exportedAt");
        Timestamps.format(exportedAt);
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema_version is at least 1 (got " + schemaVersion + ")");
        }
        if (sourceBackend == null || sourceBackend.isBlank()) {
            throw new IllegalArgumentException("source_backend is required");
        }
    }

    /** A version 1 header: audit lines without positions (and the JSON store's snapshot header). */
    public ExportHeader(Instant exportedAt, int schemaVersion, String sourceBackend) {
        this(FORMAT_VERSION, exportedAt, schemaVersion, sourceBackend, Optional.empty());
    }

    /** A version 2 header, with the anchor of a pruned chain when there is one. */
    public static ExportHeader chained(Instant exportedAt, int schemaVersion, String sourceBackend,
                                       Optional<ChainLink> chainAnchor) {
        return new ExportHeader(CHAINED_VERSION, exportedAt, schemaVersion, sourceBackend, chainAnchor);
    }

    /** This header in {@code version}: version 1 drops the anchor, which it cannot state. */
    public ExportHeader inVersion(int version) {
        return new ExportHeader(version, exportedAt, schemaVersion, sourceBackend,
                version == CHAINED_VERSION ? chainAnchor : Optional.empty());
    }

    /** Whether the file's audit lines carry their chain positions (version 2). */
    public boolean chained() {
        return formatVersion == CHAINED_VERSION;
    }

    /** The canonical header line (keys sorted), without its line feed. */
    public String toLine() {
        StringBuilder line = new StringBuilder("{");
        chainAnchor.ifPresent(anchor -> line.append("\"chain_anchor\":{\"chain\":\"").append(anchor.chain())
                .append("\",\"seq\":").append(anchor.seq()).append("},"));
        line.append("\"exported_at\":");
        CanonicalWriter.writeString(Timestamps.format(exportedAt), line);
        line.append(",\"format\":\"").append(FORMAT).append("\",\"format_version\":").append(formatVersion)
                .append(",\"schema_version\":").append(schemaVersion).append(",\"source_backend\":");
        CanonicalWriter.writeString(sourceBackend, line);
        return line.append('}').toString();
    }

    /**
     * Reads line 1 of a file. Raises {@link ReasonCode#IMPORT_FORMAT_INVALID} ("line 1: …") for a
     * missing or unknown header, an unknown {@code format_version} (1 and 2 are known) or a bad
     * {@code chain_anchor}, and
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
        if (formatVersion != FORMAT_VERSION && formatVersion != CHAINED_VERSION) {
            throw invalid("unknown format_version " + formatVersion + "; this runledger reads format_version "
                    + FORMAT_VERSION + " and " + CHAINED_VERSION);
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
            return new ExportHeader((int) formatVersion, Timestamps.parse("exported_at", string(header, "exported_at")),
                    (int) schemaVersion, string(header, "source_backend"), anchor(header, formatVersion));
        } catch (StoreException | IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private static Optional<ChainLink> anchor(JsonObject header, long formatVersion) {
        Optional<JsonValue> value = header.get("chain_anchor");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (formatVersion != CHAINED_VERSION) {
            throw invalid("chain_anchor belongs to format_version " + CHAINED_VERSION + " only");
        }
        if (!(value.get() instanceof JsonObject anchor) || !anchor.members().keySet().equals(Set.of("chain", "seq"))) {
            throw invalid("chain_anchor must be {\"chain\":HEX64,\"seq\":N}");
        }
        long seq = integer(anchor, "seq");
        String chain = anchor.get("chain").orElse(null) instanceof JsonString text ? text.value() : "";
        if (seq < 1 || !ChainLink.isHash(chain)) {
            throw invalid("chain_anchor must have a seq of at least 1 and a chain of 64 lowercase hex digits");
        }
        return Optional.of(new ChainLink(seq, chain));
    }

    private static String string(JsonObject header, String key) {
        if (header.get(key).orElse(null) instanceof JsonString text && !text.value().isBlank()) {
            return text.value();
        }
        throw invalid(key + " must be a non-empty string");
    }

    private static long integer(JsonObject header, String key) {
        if (header.get(key).orElse(null) instanceof JsonNumber number && number.value() == Math.rint(number.value())
                && Math.abs(number.value()) <= (key.equals("seq") ? 1L << 53 : Integer.MAX_VALUE)) {
            return (long) number.value();
        }
        throw invalid(key + " must be an integer");
    }

    private static StoreException invalid(String problem) {
        return new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line 1: " + problem);
    }
}
