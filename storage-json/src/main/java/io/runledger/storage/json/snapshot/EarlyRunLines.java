package io.runledger.storage.json.snapshot;

import io.runledger.format.json.Json;
import io.runledger.format.json.JsonFields;
import io.runledger.format.record.RecordLines;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Run lines of JSON stores before schema version 3, which had no {@code status}, {@code finished_at}
 * or {@code labels}: such a run reads as {@code running}, unfinished and unlabelled, as the SQL
 * migration V3 leaves it. Steps and audit events were then as they are now.
 */
public final class EarlyRunLines {
    /** The first schema version whose run lines are today's. */
    private static final int FULL_RUNS = 3;
    private static final List<String> KEYS = List.of("args", "config_hash", "created_at", "git_sha", "run_id", "type");

    private EarlyRunLines() {
    }

    /**
     * The run on {@code line} of a store at {@code schemaVersion} before 3, or empty for any other
     * line (the current codec reads it). Refusals are {@code import_format_invalid} naming the line.
     */
    static Optional<LedgerRecord> read(int schemaVersion, String line, long lineNumber) {
        if (schemaVersion >= FULL_RUNS) {
            return Optional.empty();
        }
        try {
            JsonFields f = JsonFields.of("a record", Json.parse(line));
            if (!f.optionalString("type").orElse("").equals("run")) {
                return Optional.empty();
            }
            f.allowOnly(KEYS).requireKeys(KEYS);
            return Optional.of(new Run(new RunId(f.string("run_id")), Timestamps.parse("created_at", f.string("created_at")),
                    f.object("args"), f.optionalString("git_sha"), f.optionalString("config_hash"), RunStatus.RUNNING,
                    Optional.empty(), Map.of()));
        } catch (StoreException e) {
            if (e.reason() != ReasonCode.VALIDATION_FAILED && e.reason() != ReasonCode.MALFORMED_JSON) {
                throw e;
            }
            throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /** Any record line of a store at {@code schemaVersion}. */
    public static LedgerRecord record(int schemaVersion, String line, long lineNumber) {
        return read(schemaVersion, line, lineNumber).orElseGet(() -> RecordLines.read(line, lineNumber));
    }
}
