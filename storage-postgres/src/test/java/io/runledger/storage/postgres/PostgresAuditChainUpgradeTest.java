package io.runledger.storage.postgres;

import io.runledger.storage.tck.AuditChainUpgradeContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The audit chain's migration contract on Postgres. */
class PostgresAuditChainUpgradeTest extends AuditChainUpgradeContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new PostgresSchemaFixture();
    }
}
