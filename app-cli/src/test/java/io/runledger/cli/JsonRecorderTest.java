package io.runledger.cli;

import java.nio.file.Path;

/** The recorder contract on the JSON backend. */
class JsonRecorderTest extends RecorderContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
