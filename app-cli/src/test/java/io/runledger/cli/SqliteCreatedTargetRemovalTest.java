package io.runledger.cli;

import java.nio.file.Path;

/** The created-target removal contract on the SQLite backend. */
class SqliteCreatedTargetRemovalTest extends CreatedTargetRemovalContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
