package io.runledger.storage.sqlite;

import io.runledger.storage.tck.ChainAnchorUpgradeContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The audit chain anchor's migration contract on Sqlite. */
class SqliteChainAnchorUpgradeTest extends ChainAnchorUpgradeContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new SqliteSchemaFixture();
    }
}
