package io.runledger.cli;

import java.nio.file.Path;

/** The audit prune contract on the Json backend. */
class JsonAuditPruneTest extends AuditPruneContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
