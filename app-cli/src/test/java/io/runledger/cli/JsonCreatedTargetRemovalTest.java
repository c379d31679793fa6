package io.runledger.cli;

import java.nio.file.Path;

/** The created-target removal contract on the JSON file backend. */
class JsonCreatedTargetRemovalTest extends CreatedTargetRemovalContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
