package io.runledger.cli;

import java.nio.file.Path;

/** The audit head contract on the Json backend. */
class JsonAuditHeadTest extends AuditHeadContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
