package io.runledger.cli;

import java.nio.file.Path;

/** The restore contract on the sqlite backend. */
class SqliteRestoreTest extends RestoreContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
