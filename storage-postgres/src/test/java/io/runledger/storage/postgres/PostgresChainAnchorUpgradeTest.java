package io.runledger.storage.postgres;

import io.runledger.storage.tck.ChainAnchorUpgradeContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The audit chain anchor's migration contract on Postgres. */
class PostgresChainAnchorUpgradeTest extends ChainAnchorUpgradeContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new PostgresSchemaFixture();
    }
}
