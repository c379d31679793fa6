package io.runledger.storage.json;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;

/** Turns an {@link IOException} at the adapter's boundary into a {@link StoreException} with a reason. */
final class IoFailures {
    private IoFailures() {
    }

    /** {@code doing} completes "cannot …", e.g. "append to /x/state.json.journal". */
    static StoreException translate(String doing, IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // "File too large" is EFBIG: the process's file-size limit (ulimit -f), a quota on one file.
        if (detail.contains("No space left") || detail.contains("Disk quota exceeded") || detail.contains("File too large")) {
            return new StoreException(ReasonCode.STORAGE_FULL, "cannot " + doing + ": the disk is full ("
                    + detail + "); nothing was acknowledged; free space and retry", e);
        }
        String why = e instanceof AccessDeniedException ? "permission denied: " + detail : detail;
        return new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot " + doing + ": " + why, e);
    }

    /** A damaged store: names the file and line, and promises that nothing was changed. */
    static StoreException corrupt(Object file, long line, String problem) {
        return new StoreException(ReasonCode.STORE_CORRUPT, "json store file " + file + " line " + line + ": " + problem
                + "; the store was left unchanged; restore a backup and keep the damaged file for analysis");
    }
}
