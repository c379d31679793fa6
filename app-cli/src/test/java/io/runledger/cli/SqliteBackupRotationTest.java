package io.runledger.cli;

import java.nio.file.Path;

/** The backup rotation contract on the sqlite backend. */
class SqliteBackupRotationTest extends BackupRotationContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
