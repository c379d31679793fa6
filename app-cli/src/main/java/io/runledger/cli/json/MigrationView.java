package io.runledger.cli.json;

import io.runledger.storage.api.Migration;

/** One schema migration in {@code db status --json}. */
public record MigrationView(int version, String description) {
    public static MigrationView of(Migration migration) {
        return new MigrationView(migration.version(), migration.description());
    }
}
