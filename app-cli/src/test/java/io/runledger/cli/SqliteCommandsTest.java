package io.runledger.cli;

import java.nio.file.Path;

/** The command contract on the SQLite backend. */
class SqliteCommandsTest extends CommandsContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
