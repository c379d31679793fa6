package io.runledger.cli;

import java.nio.file.Path;

/** The backup rotation contract on the json backend. */
class JsonBackupRotationTest extends BackupRotationContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
