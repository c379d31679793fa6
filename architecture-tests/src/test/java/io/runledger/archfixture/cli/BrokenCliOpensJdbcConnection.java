package io.runledger.archfixture.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Breaks rule 3: JDBC outside the SQL storage modules. */
public final class BrokenCliOpensJdbcConnection {
    public Connection open(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }
}
