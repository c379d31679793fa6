package io.runledger.archfixture.storage.sqlite;

import io.runledger.archfixture.storage.api.Ledgers;
import io.runledger.archfixture.storage.sql.SqlCore;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Fixture SQL adapter: builds on the SQL core, as allowed. */
public final class FixtureSqliteProvider {
    public Ledgers open(String url) throws SQLException {
        return new SqlCore(DriverManager.getConnection(url));
    }
}
