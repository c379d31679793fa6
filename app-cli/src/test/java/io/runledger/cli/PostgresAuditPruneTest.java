package io.runledger.cli;

import java.nio.file.Path;

/** The audit prune contract on the Postgres backend. */
class PostgresAuditPruneTest extends AuditPruneContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
