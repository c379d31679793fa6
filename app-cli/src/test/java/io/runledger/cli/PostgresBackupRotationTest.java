package io.runledger.cli;

import java.nio.file.Path;

/** The backup rotation contract on the postgres backend. */
class PostgresBackupRotationTest extends BackupRotationContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
