package io.runledger.cli;

import java.nio.file.Path;

/** The exact-numbers contract on the JSON file backend. */
class JsonExactNumbersTest extends ExactNumbersContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
