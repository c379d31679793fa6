package io.runledger.storage.postgres;

import io.runledger.storage.tck.InterruptedMigrationContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The interrupted-migration contract on Postgres. */
class PostgresInterruptedMigrationTest extends InterruptedMigrationContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new PostgresSchemaFixture();
    }
}
