package io.runledger.cli;

import java.nio.file.Path;

/** The store-refusals contract on the SQLite backend. */
class SqliteStoreRefusalsTest extends StoreRefusalsContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
