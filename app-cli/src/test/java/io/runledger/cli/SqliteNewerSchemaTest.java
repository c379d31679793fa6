package io.runledger.cli;

import java.nio.file.Path;

/** The newer-schema contract on the SQLite backend. */
class SqliteNewerSchemaTest extends NewerSchemaContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
