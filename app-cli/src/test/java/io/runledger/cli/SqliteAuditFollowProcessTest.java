package io.runledger.cli;

import java.nio.file.Path;

/** The live tail in a child process on the SQLite backend. */
class SqliteAuditFollowProcessTest extends AuditFollowProcessContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
