package io.runledger.cli;

import java.nio.file.Path;

/** A prune killed at each step loses nothing, on the Sqlite backend (runs after {@code package}: it launches the packaged CLI). */
class SqliteAuditPruneCrashTest extends AuditPruneCrashContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
