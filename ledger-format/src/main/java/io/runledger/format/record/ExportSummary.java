package io.runledger.format.record;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a stream of records adds up to: its counts and its {@code content_hash} (FORMAT.md,
 * {@code sha256:<64 lowercase hex>}). Two stores with the same logical content have equal summaries,
 * whichever backend they live on.
 */
public record ExportSummary(RecordCounts counts, String contentHash) {
    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");

    public ExportSummary {
        Objects.requireNonNull(counts, "counts");
        if (contentHash == null || !HASH.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("content_hash must be sha256:<64 lowercase hex> (got " + contentHash + ")");
        }
    }

    /** True for a well-formed content hash, e.g. one read from a trailer. */
    public static boolean isContentHash(String text) {
        return HASH.matcher(text).matches();
    }
}
