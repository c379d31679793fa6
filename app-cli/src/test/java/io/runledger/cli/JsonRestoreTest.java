package io.runledger.cli;

import java.nio.file.Path;

/** The restore contract on the json backend. */
class JsonRestoreTest extends RestoreContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
