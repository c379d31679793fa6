package io.runledger.format.record;

import io.runledger.storage.api.LedgerRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The export's {@code content_hash} (FORMAT.md), accumulated one record at a time so that any number
 * of records hash in bounded memory: SHA-256 over each record's canonical line and its line feed, in
 * export order. Not thread-safe.
 */
public final class ContentHash {
    private final MessageDigest digest = ConfigHash.sha256();
    private long records;

    /** An empty accumulator: the hash of no records. */
    public ContentHash() {
        // nothing to set up beyond the fields
    }

    /** Adds the next record, in canonical export order. */
    public ContentHash add(LedgerRecord record) {
        digest.update((RecordLines.toLine(record) + "\n").getBytes(StandardCharsets.UTF_8));
        records++;
        return this;
    }

    /** How many records were added. */
    public long records() {
        return records;
    }

    /** {@code sha256:} and the lowercase hex digest of everything added so far. */
    public String value() {
        try {
            MessageDigest copy = (MessageDigest) digest.clone();
            return "sha256:" + HexFormat.of().formatHex(copy.digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 digest can be cloned", e);
        }
    }
}
