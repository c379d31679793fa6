package io.runledger.storage.sqlite;

import io.runledger.storage.tck.AuditChainUpgradeContract;
import io.runledger.storage.tck.SqlSchemaFixture;

/** The audit chain's migration contract on Sqlite. */
class SqliteAuditChainUpgradeTest extends AuditChainUpgradeContract {
    @Override
    protected SqlSchemaFixture fixture() {
        return new SqliteSchemaFixture();
    }
}
