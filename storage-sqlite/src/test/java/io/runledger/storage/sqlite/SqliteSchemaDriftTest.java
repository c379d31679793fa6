package io.runledger.storage.sqlite;

import io.runledger.storage.tck.SchemaDriftContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The schema-drift contract on SQLite. */
class SqliteSchemaDriftTest extends SchemaDriftContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new SqliteSchemaFixture();
    }
}
