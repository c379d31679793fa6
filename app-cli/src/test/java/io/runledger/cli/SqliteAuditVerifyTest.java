package io.runledger.cli;

import java.nio.file.Path;

/** The audit verify contract on the Sqlite backend. */
class SqliteAuditVerifyTest extends AuditVerifyContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
