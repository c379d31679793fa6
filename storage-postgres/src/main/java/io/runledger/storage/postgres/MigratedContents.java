package io.runledger.storage.postgres;

import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.jdbc.AuditChainBackfill;
import io.runledger.storage.sql.jdbc.TableScan;
import io.runledger.storage.sql.migration.MigrationSet;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A PostgreSQL store's content as its pending migrations will leave it, read without changing it.
 * Under the migration lock, one REPEATABLE READ transaction applies the pending migrations' own SQL
 * (PostgreSQL runs DDL inside transactions), reads every record at the head schema and is rolled
 * back: the missing columns get exactly the values the real migration gives them, because it is the
 * real migration. While it reads, the transaction holds the locks the migration takes (writers and
 * readers of the altered tables wait), as the migration itself would.
 */
final class MigratedContents implements StoreContents {
    /** The schema version that chains the existing audit events, in a data step after its script. */
    private static final int CHAINED = 6;
    private final PostgresAdmin admin;
    private final PostgresLocation location;
    private final PostgresOptions options;
    private final DataSource connections;
    private final MigrationSet migrations;
    private final SqlErrorTranslator errors;

    MigratedContents(PostgresAdmin admin, PostgresLocation location, PostgresOptions options, DataSource connections,
                     MigrationSet migrations, SqlErrorTranslator errors) {
        this.admin = admin;
        this.location = location;
        this.options = options;
        this.connections = connections;
        this.migrations = migrations;
        this.errors = errors;
    }

    @Override
    public void exportTo(Consumer<LedgerRecord> sink) {
        requireReadable(admin.status());
        try {
            AdvisoryLock lock = AdvisoryLock.acquire(connections, location, options);
            try {
                readUnderLock(sink);
            } finally {
                lock.close();
            }
        } catch (SQLException | IOException e) {
            throw errors.translate("read " + location.described() + " as its pending migrations will leave it", e);
        }
    }

    private void readUnderLock(Consumer<LedgerRecord> sink) throws SQLException, IOException {
        try (Connection connection = connections.getConnection()) {
            StoreStatus current = admin.status();
            requireReadable(current);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCAL search_path TO " + location.quotedSchema());
                    for (Migration migration : current.pending()) {
                        statement.execute(migrations.script(migration));
                        if (migration.version() == CHAINED) {
                            // the data step the real migration runs after this script (storage-sql DataSteps)
                            AuditChainBackfill.run(connection);
                        }
                    }
                }
                TableScan.exportTo(connection, new CodePointOrder(), sink);
            } finally {
                connection.rollback();
            }
        }
    }

    @Override
    public long importFrom(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
        throw new StoreException(ReasonCode.INTERNAL_ERROR,
                "the contents of a store as migrated are read-only; import into the store itself");
    }

    @Override
    public boolean isEmpty() {
        boolean[] any = {false};
        exportTo(record -> any[0] = true);
        return !any[0];
    }

    private static void requireReadable(StoreStatus status) {
        if (!status.initialized()) {
            status.requireAtHead();
        }
        status.requireNotNewer();
    }
}
