package io.runledger.cli.json;

import io.runledger.storage.api.Migration;

/** One schema migration in {@code db status --json}. */
public record MigrationJson(int version, String description) {
    public static MigrationJson of(Migration migration) {
        return new MigrationJson(migration.version(), migration.description());
    }
}
