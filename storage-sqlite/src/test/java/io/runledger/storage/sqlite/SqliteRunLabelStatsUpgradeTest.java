package io.runledger.storage.sqlite;

import io.runledger.storage.tck.RunLabelStatsUpgradeContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The run label copies' migration contract on Sqlite. */
class SqliteRunLabelStatsUpgradeTest extends RunLabelStatsUpgradeContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new SqliteSchemaFixture();
    }
}
