package io.runledger.cli;

import java.nio.file.Path;

/** The live tail in a child process on the JSON backend. */
class JsonAuditFollowProcessTest extends AuditFollowProcessContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
