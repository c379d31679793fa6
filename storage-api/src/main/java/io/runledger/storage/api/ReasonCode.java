package io.runledger.storage.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Every reason a command or request can fail, with its stable wire name, CLI exit code and HTTP
 * status. Names and numbers are part of the public contract (docs/REASON_CODES.md); never renumber.
 */
public enum ReasonCode {
    INTERNAL_ERROR(1, 500),
    USAGE_ERROR(2, 0),
    CONFIG_INVALID(2, 0),
    STORE_NOT_INITIALIZED(3, 503),
    SCHEMA_NEWER_THAN_BINARY(4, 503),
    SCHEMA_TOO_OLD(4, 503),
    SCHEMA_PENDING(4, 503),
    STORE_LOCKED(5, 503),
    INTEGRITY_CHECK_FAILED(6, 503),
    STORE_CORRUPT(6, 503),
    SCHEMA_DRIFT(6, 503),
    STATE_MIGRATION_HASH_MISMATCH(7, 0),
    AUDIT_CHAIN_BROKEN(7, 0),
    AUDIT_HEAD_SIGNATURE_INVALID(7, 0),
    STATE_MIGRATION_SOURCE_MISSING(8, 0),
    STATE_MIGRATION_TARGET_EXISTS(8, 0),
    BACKUP_TARGET_EXISTS(8, 0),
    IMPORT_FORMAT_INVALID(9, 0),
    SQLITE_UNAVAILABLE(10, 503),
    POSTGRES_UNAVAILABLE(10, 503),
    STORE_UNAVAILABLE(10, 503),
    STORAGE_FULL(11, 507),
    VALIDATION_FAILED(12, 400),
    MALFORMED_JSON(12, 400),
    UNSUPPORTED_MEDIA_TYPE(12, 415),
    RUN_NOT_FOUND(13, 404),
    STEP_NOT_FOUND(13, 404),
    DUPLICATE_ID(14, 409),
    INVALID_STATUS_TRANSITION(14, 409),
    UNAUTHORIZED(0, 401),
    FORBIDDEN(0, 403),
    HOST_NOT_ALLOWED(0, 403),
    PAYLOAD_TOO_LARGE(0, 413),
    REQUEST_TIMEOUT(0, 408);

    /** Words a title spells as people write them, e.g. "Malformed JSON", not "Malformed json". */
    private static final Map<String, String> PROPER_WORDS =
            Map.of("json", "JSON", "sqlite", "SQLite", "postgres", "PostgreSQL", "id", "ID");

    private final int exitCode;
    private final int httpStatus;

    ReasonCode(int exitCode, int httpStatus) {
        this.exitCode = exitCode;
        this.httpStatus = httpStatus;
    }

    /** The stable snake_case name, e.g. {@code store_locked}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason as a short title for people, e.g. {@code "SQLite unavailable"} for {@code sqlite_unavailable}. */
    public String title() {
        String words = Arrays.stream(code().split("_"))
                .map(word -> PROPER_WORDS.getOrDefault(word, word))
                .collect(Collectors.joining(" "));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The CLI exit code; HTTP-only reasons (auth, body size) have none. */
    public OptionalInt exitCode() {
        return exitCode == 0 ? OptionalInt.empty() : OptionalInt.of(exitCode);
    }

    /** The HTTP status; CLI-only reasons (usage, transfers, import files) have none. */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    @Override
    public String toString() {
        return code();
    }
}
