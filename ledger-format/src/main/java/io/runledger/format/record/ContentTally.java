package io.runledger.format.record;

import io.runledger.format.json.JsonBytes;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Counts records and hashes their canonical lines as they stream by — the same hash as
 * {@link ContentHash}, but taking a line the caller already rendered, so that writing an export renders
 * each record once. Bounded memory; not thread-safe.
 */
public final class ContentTally {
    private final MessageDigest digest = ConfigHash.sha256();
    /** The line being hashed, reused from record to record. */
    private final JsonBytes line = new JsonBytes(1024);
    private final boolean chained;
    private RecordCounts counts = RecordCounts.NONE;

    /**
     * An empty tally of format version 2's lines: no records, the hash of nothing. An audit event
     * streamed with its position ({@link ChainedEvent}) is hashed with its {@code seq} and {@code chain}.
     */
    public ContentTally() {
        this(ExportHeader.CHAINED_VERSION);
    }

    /**
     * An empty tally of the lines of {@code formatVersion}: version 1 hashes every audit event without
     * its position, as a version 1 file holds it.
     */
    public ContentTally(int formatVersion) {
        this.chained = formatVersion == ExportHeader.CHAINED_VERSION;
    }

    /** Adds a record, hashing its canonical line in this tally's format version. */
    public void add(LedgerRecord record) {
        LedgerRecord written = !chained && record instanceof ChainedEvent event ? event.event() : record;
        RecordLines.write(written, line.clear());
        line.hashInto(digest);
        digest.update((byte) '\n');
        counts = counts.plus(record);
    }

    /**
     * As {@link #add(LedgerRecord)}, and returns the line it hashed as UTF-8 bytes, without the line feed:
     * for a writer, which renders each record once.
     */
    public byte[] addLine(LedgerRecord record) {
        add(record);
        return line.toByteArray();
    }

    /**
     * Adds a record whose canonical line is known to be {@code canonicalLine} (read from a file and
     * found canonical), hashing the line as it is instead of rendering the record again.
     */
    void add(LedgerRecord record, String canonicalLine) {
        digest.update(canonicalLine.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        counts = counts.plus(record);
    }

    public RecordCounts counts() {
        return counts;
    }

    /** The summary of everything added so far (the digest itself is left untouched). */
    public ExportSummary summary() {
        try {
            MessageDigest copy = (MessageDigest) digest.clone();
            return new ExportSummary(counts, "sha256:" + HexFormat.of().formatHex(copy.digest()));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 digest can be cloned", e);
        }
    }
}
