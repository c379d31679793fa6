package io.runledger.archfixture.storage.postgres;

import io.runledger.archfixture.storage.api.Ledgers;
import io.runledger.archfixture.storage.sql.SqlCore;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Fixture SQL adapter for the postgres module: builds on the SQL core, as allowed. */
public final class FixturePostgresProvider {
    public Ledgers open(String url) throws SQLException {
        return new SqlCore(DriverManager.getConnection(url));
    }
}
