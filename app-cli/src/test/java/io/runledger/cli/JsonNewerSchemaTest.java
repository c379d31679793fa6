package io.runledger.cli;

import java.nio.file.Path;

/** The newer-schema contract on the JSON file backend. */
class JsonNewerSchemaTest extends NewerSchemaContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
