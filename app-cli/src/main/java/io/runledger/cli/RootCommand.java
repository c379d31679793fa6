package io.runledger.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code runledger}: the global options, then one command. */
@Command(name = "runledger",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Records what automation did - runs, their steps and an append-only audit log - in a store "
                    + "chosen by configuration: SQLite (default), a JSON file, or PostgreSQL.",
            "",
            "Global options come before the command. Configuration precedence: flag > environment > "
                    + "config file > default."},
        subcommands = {DbCommand.class, DoctorCommand.class, AuditCommand.class, StoreCommand.class, ServeCommand.class},
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  RUNLEDGER_BACKEND       backend id (alias STATE_BACKEND); default sqlite",
            "  RUNLEDGER_STATE         store location (file path or JDBC URL)",
            "  RUNLEDGER_DATA_DIR      where default store files go; default runledger-data",
            "  RUNLEDGER_POSTGRES_URL  JDBC URL of the postgres store (postgres backend)",
            "  RUNLEDGER_TOKENS        serve: bearer tokens, ROLE:TOKEN,... (roles read, write, admin)",
            "  RUNLEDGER_MIGRATE_AUTO  serve: apply pending migrations at start-up (default true)",
            "  RUNLEDGER_HTTP_MAX_BODY_BYTES  serve: request body limit (default 1048576)",
            "  RUNLEDGER_HTTP_HEALTH_MAX_AGE_MS  serve: how long one status read answers /health, 0-60000 (default 1000)",
            "  RUNLEDGER_HTTP_METRICS_PUBLIC  serve: GET /metrics without a token, true|false (default false)",
            "  RUNLEDGER_HTTP_ACCESS_LOG  serve: one access log line per request, true|false (default true)",
            "  RUNLEDGER_LOG_FORMAT    log lines as text or json (one JSON object per line; default text)",
            "",
            "Read-only commands (doctor, db status) never create or change a store; writing commands "
                    + "(db migrate, audit append) create a missing one at the head schema.",
            "Every error prints one line: runledger: <message> (reason: <code>). See docs/REASON_CODES.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:success",
            " 1:internal_error (a bug; the message carries a correlation id)",
            " 2:usage_error, config_invalid",
            " 3:store_not_initialized (a read-only command on a missing store)",
            " 4:schema_newer_than_binary, schema_too_old, schema_pending",
            " 5:store_locked",
            " 6:integrity_check_failed, store_corrupt",
            " 7:state_migration_hash_mismatch",
            " 8:state_migration_source_missing, state_migration_target_exists, backup_target_exists",
            " 9:import_format_invalid",
            "10:sqlite_unavailable, postgres_unavailable, store_unavailable",
            "11:storage_full",
            "12:validation_failed, malformed_json, unsupported_media_type",
            "13:run_not_found, step_not_found",
            "14:duplicate_id, invalid_status_transition"})
final class RootCommand {
    /** Filled by picocli; the instance is the context's, so every command sees the parsed values. */
    @Mixin
    private final GlobalOptions globals;

    RootCommand(CommandContext context) {
        this.globals = context.globals();
    }
}
