package io.runledger.cli;

import java.nio.file.Path;

/** The audit verify contract on the Json backend. */
class JsonAuditVerifyTest extends AuditVerifyContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
