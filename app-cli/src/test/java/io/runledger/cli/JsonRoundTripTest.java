package io.runledger.cli;

import java.nio.file.Path;

/** The round-trip contract on the JSON file backend. */
class JsonRoundTripTest extends RoundTripContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
