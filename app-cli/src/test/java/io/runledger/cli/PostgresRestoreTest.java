package io.runledger.cli;

import java.nio.file.Path;

/** The restore contract on the postgres backend. */
class PostgresRestoreTest extends RestoreContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
