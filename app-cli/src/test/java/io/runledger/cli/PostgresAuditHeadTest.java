package io.runledger.cli;

import java.nio.file.Path;

/** The audit head contract on the Postgres backend. */
class PostgresAuditHeadTest extends AuditHeadContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
