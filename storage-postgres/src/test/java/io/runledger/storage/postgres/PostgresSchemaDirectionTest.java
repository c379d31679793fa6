package io.runledger.storage.postgres;

import io.runledger.storage.tck.SchemaDirectionContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The schema-direction contract on PostgreSQL. */
class PostgresSchemaDirectionTest extends SchemaDirectionContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new PostgresSchemaFixture();
    }
}
