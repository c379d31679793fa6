package io.runledger.cli;

import java.nio.file.Path;

/** The serve contract on the SQLite backend. */
class SqliteServeTest extends ServeContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
