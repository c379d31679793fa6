package io.runledger.cli;

import java.nio.file.Path;

/** The recorder contract on the SQLite backend. */
class SqliteRecorderTest extends RecorderContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
