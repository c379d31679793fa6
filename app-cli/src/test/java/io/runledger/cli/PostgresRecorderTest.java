package io.runledger.cli;

import java.nio.file.Path;

/** The recorder contract on the PostgreSQL backend. */
class PostgresRecorderTest extends RecorderContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
