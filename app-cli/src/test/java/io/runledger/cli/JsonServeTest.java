package io.runledger.cli;

import java.nio.file.Path;

/** The serve contract on the JSON file backend. */
class JsonServeTest extends ServeContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
