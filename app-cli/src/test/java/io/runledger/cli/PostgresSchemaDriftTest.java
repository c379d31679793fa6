package io.runledger.cli;

import java.nio.file.Path;

/** The schema-drift contract on PostgreSQL. */
class PostgresSchemaDriftTest extends SchemaDriftContract {
    @Override
    SqlCliFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }
}
