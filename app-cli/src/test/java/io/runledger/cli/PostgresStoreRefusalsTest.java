package io.runledger.cli;

import java.nio.file.Path;

/** The store-refusals contract on the PostgreSQL backend. */
class PostgresStoreRefusalsTest extends StoreRefusalsContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
