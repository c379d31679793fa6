package io.runledger.cli;

import java.nio.file.Path;

/** The NUL-character contract on the JSON file backend. */
class JsonNulCharacterTest extends NulCharacterContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
