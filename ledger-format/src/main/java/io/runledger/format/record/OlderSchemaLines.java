package io.runledger.format.record;

import io.runledger.storage.api.LedgerRecord;
import java.util.Optional;

/**
 * How an {@link ExportReader} reads record lines of a schema older than the current one, where they
 * differ from today's lines: a file written by a store of that schema still verifies and reads. A
 * record it returns is hashed as its line was written (that line is canonical at its schema); for
 * any line it leaves empty the current codec reads it.
 */
@FunctionalInterface
public interface OlderSchemaLines {
    /** Reads none: every line is read as a line of the current schema. */
    OlderSchemaLines NONE = (schemaVersion, line, lineNumber) -> Optional.empty();

    /**
     * The record on {@code line} of a file at {@code schemaVersion} (its header's), or empty to leave
     * the line to the current codec. Refusals are {@code import_format_invalid} naming {@code lineNumber}.
     */
    Optional<LedgerRecord> read(int schemaVersion, String line, long lineNumber);
}
