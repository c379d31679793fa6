package io.runledger.cli;

import java.nio.file.Path;

/** The NUL-character contract on the SQLite backend. */
class SqliteNulCharacterTest extends NulCharacterContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
