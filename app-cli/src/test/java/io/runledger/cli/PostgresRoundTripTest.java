package io.runledger.cli;

import java.nio.file.Path;

/** The round-trip contract on the PostgreSQL backend. */
class PostgresRoundTripTest extends RoundTripContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
