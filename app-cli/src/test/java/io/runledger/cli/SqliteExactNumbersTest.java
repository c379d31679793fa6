package io.runledger.cli;

import java.nio.file.Path;

/** The exact-numbers contract on the SQLite backend. */
class SqliteExactNumbersTest extends ExactNumbersContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
