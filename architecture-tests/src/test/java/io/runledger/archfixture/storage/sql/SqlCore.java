package io.runledger.archfixture.storage.sql;

import io.runledger.archfixture.storage.api.Ledgers;
import java.sql.Connection;
import java.sql.SQLException;

/** Fixture SQL core: JDBC is allowed here. */
public final class SqlCore implements Ledgers {
    private final Connection connection;

    public SqlCore(Connection connection) {
        this.connection = connection;
    }

    @Override
    public String id() {
        try {
            return connection.getCatalog();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
