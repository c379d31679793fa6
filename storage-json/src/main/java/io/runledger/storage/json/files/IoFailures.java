package io.runledger.storage.json.files;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.support.FileFailures;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an {@link IOException} at the adapter's boundary into a {@link StoreException} with a reason. */
public final class IoFailures {
    /** How the record format names the line of a refusal: {@code line N: problem}. */
    private static final Pattern AT_LINE = Pattern.compile("line (\\d+): (.*)", Pattern.DOTALL);

    private IoFailures() {
    }

    /** {@code doing} completes "cannot …", e.g. "append to /x/state.json.journal" (see {@link FileFailures}). */
    public static StoreException translate(String doing, IOException e) {
        return FileFailures.translate(doing, e);
    }

    /** A damaged store: names the file and line, and promises that nothing was changed. */
    public static StoreException corrupt(Object file, long line, String problem) {
        return new StoreException(ReasonCode.STORE_CORRUPT, "json store file " + file + " line " + line + ": " + problem
                + "; the store was left unchanged; restore a backup and keep the damaged file for analysis");
    }

    /**
     * A store file of another format or version than this binary's ({@code schema_drift}): names the
     * file and line, and promises that nothing was changed.
     */
    public static StoreException drift(Object file, long line, String problem) {
        return new StoreException(ReasonCode.SCHEMA_DRIFT, "json store file " + file + " line " + line + ": " + problem
                + "; the store was left unchanged; use the runledger that wrote it, or restore a backup");
    }

    /**
     * A refusal of the record format reading one of the store's files, as the store reports it: a
     * line the format refuses or a trailer that does not match is damage ({@code store_corrupt} at
     * the line the format names); a file that cannot be read is an I/O failure; anything else (a
     * schema newer than this binary) passes unchanged.
     */
    public static StoreException corrupt(Object file, StoreException refusal) {
        if (refusal.getCause() instanceof IOException io) {
            return translate("read " + file, io);
        }
        if (refusal.reason() != ReasonCode.IMPORT_FORMAT_INVALID
                && refusal.reason() != ReasonCode.STATE_MIGRATION_HASH_MISMATCH) {
            return refusal;
        }
        Matcher at = AT_LINE.matcher(refusal.getMessage());
        return at.matches() ? corrupt(file, Long.parseLong(at.group(1)), at.group(2)) : corrupt(file, 1, refusal.getMessage());
    }

    /** The problem a format refusal states, without the line it names. */
    public static String problem(StoreException refusal) {
        Matcher at = AT_LINE.matcher(refusal.getMessage());
        return at.matches() ? at.group(2) : refusal.getMessage();
    }
}
