package io.runledger.storage.postgres;

import io.runledger.storage.tck.RunLabelStatsUpgradeContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The run label copies' migration contract on Postgres. */
class PostgresRunLabelStatsUpgradeTest extends RunLabelStatsUpgradeContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new PostgresSchemaFixture();
    }
}
