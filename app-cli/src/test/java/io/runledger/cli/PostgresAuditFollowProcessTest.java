package io.runledger.cli;

import java.nio.file.Path;

/** The live tail in a child process on the PostgreSQL backend. */
class PostgresAuditFollowProcessTest extends AuditFollowProcessContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
