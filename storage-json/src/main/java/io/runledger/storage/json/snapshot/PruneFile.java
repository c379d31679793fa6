package io.runledger.storage.json.snapshot;

import io.runledger.format.json.CanonicalWriter;
import io.runledger.format.json.Json;
import io.runledger.format.json.JsonFields;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import io.runledger.storage.support.DurableFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The prune records of a JSON store ({@code state.json.prunes}), one canonical JSON object a line,
 * each naming the snapshot that committed it ({@code snapshot}: that snapshot's {@code exported_at}),
 * and from schema 8 on the audit chain's anchor the prune left ({@code last_seq}, {@code last_chain};
 * absent in records of earlier prunes, and in records a restore kept).
 * A prune writes this file (temporary file, fsync, rename) before the snapshot without the pruned
 * events; a record whose snapshot never replaced the old one (a crash between the two renames) is not
 * committed: readers skip it and the next writer drops it.
 */
public final class PruneFile {
    private static final List<String> KEYS = List.of("archive", "archive_hash", "before", "count", "first_ts",
            "last_ts", "prune_id", "pruned_at", "snapshot");
    private static final List<String> ANCHOR_KEYS = List.of("last_chain", "last_seq");
    private static final List<String> ALL_KEYS = List.of("archive", "archive_hash", "before", "count", "first_ts",
            "last_chain", "last_seq", "last_ts", "prune_id", "pruned_at", "snapshot");

    /** A record and the {@code exported_at} of the snapshot that commits it. */
    public record Line(AuditPrune prune, Instant snapshot) {
        /** Whether the snapshot written at {@code current} (or later) holds this prune. */
        public boolean committedBy(Instant current) {
            return !snapshot.isAfter(current);
        }
    }

    private PruneFile() {
    }

    /** Every line of {@code file}, oldest first; none when the file does not exist. */
    public static List<Line> read(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return lines;
        }
        long number = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            try {
                lines.add(parse(text));
            } catch (RuntimeException e) {
                throw new StoreException(ReasonCode.STORE_CORRUPT, file + " line " + number + ": not a prune record ("
                        + e.getMessage() + ")");
            }
        }
        return lines;
    }

    /** Replaces {@code file} with {@code lines}, durably, through {@code temp}. */
    public static void write(Path file, Path temp, List<Line> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line(line)).append('\n'));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        DurableFiles.replace(file, temp, out -> out.write(bytes));
    }

    static String line(Line line) {
        AuditPrune p = line.prune();
        StringBuilder out = new StringBuilder(256).append("{\"archive\":");
        CanonicalWriter.writeString(p.archive(), out);
        out.append(",\"archive_hash\":");
        CanonicalWriter.writeString(p.archiveHash(), out);
        out.append(",\"before\":\"").append(Timestamps.format(p.before()))
                .append("\",\"count\":").append(p.count())
                .append(",\"first_ts\":\"").append(Timestamps.format(p.firstTs())).append('"');
        p.last().ifPresent(l -> out.append(",\"last_chain\":\"").append(l.chain()).append("\",\"last_seq\":").append(l.seq()));
        out.append(",\"last_ts\":\"").append(Timestamps.format(p.lastTs()))
                .append("\",\"prune_id\":");
        CanonicalWriter.writeString(p.pruneId(), out);
        return out.append(",\"pruned_at\":\"").append(Timestamps.format(p.prunedAt()))
                .append("\",\"snapshot\":\"").append(Timestamps.format(line.snapshot())).append("\"}").toString();
    }

    static Line parse(String text) {
        JsonValue value = Json.parse(text);
        JsonFields fields = JsonFields.of("prune record", value).allowOnly(ALL_KEYS).requireKeys(KEYS);
        JsonValue.JsonObject object = (JsonValue.JsonObject) value;
        long count = number(object, "count");
        boolean anchored = object.get("last_seq").isPresent() || object.get("last_chain").isPresent();
        if (anchored) {
            fields.requireKeys(ANCHOR_KEYS);
        }
        Optional<ChainLink> last = anchored
                ? Optional.of(new ChainLink(number(object, "last_seq"), fields.string("last_chain")))
                : Optional.empty();
        AuditPrune prune = new AuditPrune(fields.string("prune_id"), time(fields, "pruned_at"), time(fields, "before"),
                time(fields, "first_ts"), time(fields, "last_ts"), count, fields.string("archive"),
                fields.string("archive_hash"), last);
        return new Line(prune, time(fields, "snapshot"));
    }

    private static long number(JsonValue.JsonObject object, String key) {
        return (long) ((JsonNumber) object.get(key).orElseThrow()).value();
    }

    private static Instant time(JsonFields fields, String key) {
        return Timestamps.parse(key, fields.string(key));
    }
}
