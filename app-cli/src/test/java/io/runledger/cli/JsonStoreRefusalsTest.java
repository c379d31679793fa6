package io.runledger.cli;

import java.nio.file.Path;

/** The store-refusals contract on the JSON file backend. */
class JsonStoreRefusalsTest extends StoreRefusalsContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
