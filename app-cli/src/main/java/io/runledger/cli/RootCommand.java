package io.runledger.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code runledger}: the global options, then one command (the commands: {@link CommandTree}). */
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
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  Each config key's variable is named above (env ...); it overrides the key.",
            "  STATE_BACKEND           older name of RUNLEDGER_BACKEND, which wins when both are set",
            "  RUNLEDGER_POSTGRES_URL  JDBC URL of the postgres store (postgres backend), after RUNLEDGER_STATE",
            "",
            "Read-only commands (doctor, db status, db check, db backups, store export, store hash, run show, run list, "
                    + "step list, audit query, audit verify, audit head) never create "
                    + "or change a store; writing commands (db migrate, audit append, run start) create a missing "
                    + "one at the head schema.",
            "Every error prints one line: runledger: <message> (reason: <code>). See docs/REASON_CODES.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:success",
            " 1:internal_error (a bug; the message carries a correlation id)",
            " 2:usage_error, config_invalid",
            " 3:store_not_initialized (a read-only command on a missing store)",
            " 4:schema_newer_than_binary, schema_too_old, schema_pending",
            " 5:store_locked",
            " 6:integrity_check_failed, store_corrupt, schema_drift",
            " 7:state_migration_hash_mismatch, audit_chain_broken, audit_head_signature_invalid",
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
