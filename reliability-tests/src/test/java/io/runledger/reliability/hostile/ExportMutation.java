package io.runledger.reliability.hostile;

import java.util.function.UnaryOperator;

/**
 * One change to a valid export file (its bytes, uncompressed), and whether the result is written
 * gzip-compressed — then {@code corruptGzip} may also damage the compressed bytes.
 */
public record ExportMutation(String label, UnaryOperator<byte[]> change, boolean gzip, UnaryOperator<byte[]> corruptGzip) {

    static ExportMutation plain(String label, UnaryOperator<byte[]> change) {
        return new ExportMutation(label, change, false, bytes -> bytes);
    }

    static ExportMutation gzipped(String label, UnaryOperator<byte[]> corrupt) {
        return new ExportMutation(label, bytes -> bytes, true, corrupt);
    }

    @Override
    public String toString() {
        return label;
    }
}
