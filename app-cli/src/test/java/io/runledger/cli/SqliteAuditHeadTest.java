package io.runledger.cli;

import java.nio.file.Path;

/** The audit head contract on the Sqlite backend. */
class SqliteAuditHeadTest extends AuditHeadContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
