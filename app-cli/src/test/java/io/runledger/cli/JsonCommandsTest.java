package io.runledger.cli;

import java.nio.file.Path;

/** The command contract on the JSON file backend. */
class JsonCommandsTest extends CommandsContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
