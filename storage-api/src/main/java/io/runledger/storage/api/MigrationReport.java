package io.runledger.storage.api;

import java.util.List;

/** What {@code migrate} did (or, for a dry run, would do): versions before and after, and the steps. */
public record MigrationReport(int fromVersion, int toVersion, List<Migration> applied, boolean dryRun) {
    public MigrationReport {
        applied = List.copyOf(applied);
    }
}
