package io.runledger.cli;

import java.nio.file.Path;

/** The round-trip contract on the SQLite backend. */
class SqliteRoundTripTest extends RoundTripContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
