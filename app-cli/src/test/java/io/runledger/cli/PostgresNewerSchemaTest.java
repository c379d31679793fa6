package io.runledger.cli;

import java.nio.file.Path;

/** The newer-schema contract on the PostgreSQL backend. */
class PostgresNewerSchemaTest extends NewerSchemaContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
