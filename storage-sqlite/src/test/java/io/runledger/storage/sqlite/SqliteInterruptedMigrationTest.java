package io.runledger.storage.sqlite;

import io.runledger.storage.tck.InterruptedMigrationContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The interrupted-migration contract on Sqlite. */
class SqliteInterruptedMigrationTest extends InterruptedMigrationContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new SqliteSchemaFixture();
    }
}
