package io.runledger.storage.postgres;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.sql.migration.AppliedMigrations;
import io.runledger.storage.sql.migration.MigrationSet;
import io.runledger.storage.sql.migration.SchemaHistory;
import io.runledger.storage.sql.schema.SchemaDrift;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code schema_drift} checks of a PostgreSQL store ({@link SchemaDrift}): its applied migrations'
 * checksums, and its schema's catalog against the one its version should have, which
 * {@link PostgresCatalog#expected} builds in a schema of its own inside a transaction that is rolled back.
 * A user without the right to create a schema, or a server without room to build it (a full disk),
 * gets the checksums judged and the catalog not compared.
 */
final class PostgresDriftCheck {
    /** SQLSTATE insufficient_privilege. */
    private static final String NOT_ALLOWED = "42501";
    /** SQLSTATE class insufficient_resources (disk full, out of memory, too many connections). */
    private static final String NO_ROOM = "53";

    private PostgresDriftCheck() {
    }

    /** The checks, read on {@code live} (left as it was given) and built on a new connection of {@code scratch}. */
    static List<Check> run(Connection live, DataSource scratch, PostgresLocation location, MigrationSet migrations,
                           StoreStatus status) throws SQLException {
        List<String> changed = AppliedMigrations.changed(live, location.quotedSchema() + "." + SchemaHistory.TABLE,
                migrations);
        boolean autoCommit = live.getAutoCommit();
        live.setAutoCommit(false);
        try (Connection building = scratch.getConnection()) {
            return SchemaDrift.check(status, changed,
                    () -> PostgresCatalog.expected(building, migrations, status.schemaVersion()),
                    () -> PostgresCatalog.read(live, location.schema()));
        } catch (SQLException e) {
            if (NOT_ALLOWED.equals(e.getSQLState())) {
                return SchemaDrift.notCompared(changed, "this user may not create a schema in the database, which"
                        + " building the expected schema needs (inside a transaction that is rolled back); the applied"
                        + " migrations' checksums were still checked. For the full check, run it as the database's"
                        + " owner or GRANT CREATE ON DATABASE to this user (docs/POSTGRES.md)");
            }
            if (e.getSQLState() != null && e.getSQLState().startsWith(NO_ROOM)) {
                // A check must still answer on a full disk: the live catalog is read only, but building the
                // expected one writes catalog rows, so it is skipped and said so.
                return SchemaDrift.notCompared(changed, "the server had no room to build the expected schema ("
                        + e.getMessage().lines().findFirst().orElse("") + "); free space and check again");
            }
            throw e;
        } finally {
            live.rollback();
            live.setAutoCommit(autoCommit);
        }
    }
}
