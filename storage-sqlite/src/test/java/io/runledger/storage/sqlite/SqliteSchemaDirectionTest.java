package io.runledger.storage.sqlite;

import io.runledger.storage.tck.SchemaDirectionContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The schema-direction contract on SQLite. */
class SqliteSchemaDirectionTest extends SchemaDirectionContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new SqliteSchemaFixture();
    }
}
