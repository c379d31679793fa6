package io.runledger.format.record;

import io.runledger.format.json.Json;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The last line of an export (FORMAT.md): the counts and the content hash of the records before it. */
final class ExportTrailer {
    private static final Set<String> KEYS = Set.of("content_hash", "counts", "type");
    private static final List<String> COUNT_KEYS = List.of("audit", "runs", "steps");
    private static final double MAX_EXACT = 9_007_199_254_740_991d;

    private ExportTrailer() {
    }

    /** The canonical trailer line, without its line feed. */
    static String toLine(ExportSummary summary) {
        RecordCounts counts = summary.counts();
        return "{\"content_hash\":\"" + summary.contentHash() + "\",\"counts\":{\"audit\":" + counts.audit()
                + ",\"runs\":" + counts.runs() + ",\"steps\":" + counts.steps() + "},\"type\":\"trailer\"}";
    }

    /**
     * The summary a line states, or empty when the line is not a trailer at all ({@code type} is not
     * {@code "trailer"}). A trailer with a missing, extra or ill-typed key is
     * {@link ReasonCode#IMPORT_FORMAT_INVALID} naming the line.
     */
    static Optional<ExportSummary> parse(String line, long lineNumber) {
        JsonObject trailer;
        try {
            trailer = Json.parse(line) instanceof JsonObject object ? object : null;
        } catch (StoreException e) {
            return Optional.empty();
        }
        if (trailer == null || !trailer.get("type").equals(Optional.of(new JsonString("trailer")))) {
            return Optional.empty();
        }
        if (!trailer.members().keySet().equals(KEYS)) {
            throw invalid(lineNumber, "a trailer has exactly the keys content_hash, counts and type");
        }
        if (!(trailer.get("content_hash").orElseThrow() instanceof JsonString hash)
                || !ExportSummary.isContentHash(hash.value())) {
            throw invalid(lineNumber, "the trailer's content_hash must be sha256:<64 lowercase hex>");
        }
        if (!(trailer.get("counts").orElseThrow() instanceof JsonObject counts)
                || !counts.members().keySet().equals(Set.copyOf(COUNT_KEYS))) {
            throw invalid(lineNumber, "the trailer's counts must be an object with exactly audit, runs and steps");
        }
        long[] values = COUNT_KEYS.stream().mapToLong(key -> count(counts, key, lineNumber)).toArray();
        return Optional.of(new ExportSummary(new RecordCounts(values[1], values[2], values[0]), hash.value()));
    }

    private static long count(JsonObject counts, String key, long lineNumber) {
        if (counts.get(key).orElseThrow() instanceof JsonNumber number && number.value() >= 0
                && number.value() <= MAX_EXACT && number.value() == Math.rint(number.value())) {
            return (long) number.value();
        }
        throw invalid(lineNumber, "the trailer's counts." + key + " must be a non-negative integer");
    }

    private static StoreException invalid(long lineNumber, String problem) {
        return new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line " + lineNumber + ": " + problem);
    }
}
