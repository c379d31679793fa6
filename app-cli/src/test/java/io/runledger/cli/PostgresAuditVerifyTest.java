package io.runledger.cli;

import java.nio.file.Path;

/** The audit verify contract on the Postgres backend. */
class PostgresAuditVerifyTest extends AuditVerifyContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
