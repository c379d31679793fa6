package io.runledger.cli;

import java.nio.file.Path;

/** The exact-numbers contract on the PostgreSQL backend. */
class PostgresExactNumbersTest extends ExactNumbersContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
