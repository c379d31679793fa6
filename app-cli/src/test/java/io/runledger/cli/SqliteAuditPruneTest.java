package io.runledger.cli;

import java.nio.file.Path;

/** The audit prune contract on the Sqlite backend. */
class SqliteAuditPruneTest extends AuditPruneContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
