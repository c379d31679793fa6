package io.runledger.storage.json;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.support.FileFailures;
import java.io.IOException;

/** Turns an {@link IOException} at the adapter's boundary into a {@link StoreException} with a reason. */
final class IoFailures {
    private IoFailures() {
    }

    /** {@code doing} completes "cannot …", e.g. "append to /x/state.json.journal" (see {@link FileFailures}). */
    static StoreException translate(String doing, IOException e) {
        return FileFailures.translate(doing, e);
    }

    /** A damaged store: names the file and line, and promises that nothing was changed. */
    static StoreException corrupt(Object file, long line, String problem) {
        return new StoreException(ReasonCode.STORE_CORRUPT, "json store file " + file + " line " + line + ": " + problem
                + "; the store was left unchanged; restore a backup and keep the damaged file for analysis");
    }
}
