package io.runledger.cli;

import java.nio.file.Path;

/** The serve contract on the PostgreSQL backend. */
class PostgresServeTest extends ServeContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
