package io.runledger.cli;

import java.nio.file.Path;

/** The schema-drift contract on the SQLite backend. */
class SqliteSchemaDriftTest extends SchemaDriftContract {
    @Override
    SqlCliFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }
}
