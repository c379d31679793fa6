package io.runledger.storage.postgres;

import io.runledger.storage.tck.SqlSchemaFixture;
import io.runledger.storage.tck.WriteWindowContract;

/** The write-window contract on PostgreSQL: a later binary migrates the database from another JVM. */
class PostgresWriteWindowTest extends WriteWindowContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new PostgresSchemaFixture();
    }
}
