package io.runledger.storage.postgres;

import io.runledger.storage.tck.SchemaDriftContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The schema-drift contract on PostgreSQL. */
class PostgresSchemaDriftTest extends SchemaDriftContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new PostgresSchemaFixture();
    }
}
