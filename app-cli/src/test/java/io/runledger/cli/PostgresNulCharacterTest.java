package io.runledger.cli;

import java.nio.file.Path;

/** The NUL-character contract on the PostgreSQL backend. */
class PostgresNulCharacterTest extends NulCharacterContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
