package io.runledger.storage.support;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;

/** Turns an {@link IOException} at an adapter's boundary into a {@link StoreException} with a reason. */
public final class FileFailures {
    private FileFailures() {
    }

    /**
     * A full disk (no space, a quota, the process's file-size limit) is {@link ReasonCode#STORAGE_FULL};
     * anything else {@link ReasonCode#STORE_UNAVAILABLE}. {@code doing} completes "cannot …", e.g.
     * "append to /x/state.json.journal".
     */
    public static StoreException translate(String doing, IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // "File too large" is EFBIG: the process's file-size limit (ulimit -f), a quota on one file.
        if (detail.contains("No space left") || detail.contains("Disk quota exceeded") || detail.contains("File too large")) {
            return new StoreException(ReasonCode.STORAGE_FULL, "cannot " + doing + ": the disk is full ("
                    + detail + "); nothing was acknowledged; free space and retry", e);
        }
        String why = e instanceof AccessDeniedException ? "permission denied: " + detail : detail;
        return new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot " + doing + ": " + why, e);
    }
}
