package io.runledger.storage.sql.migration;

import io.runledger.storage.sql.jdbc.AuditChainBackfill;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * The data steps of the migrations whose new values need the application's code, not only SQL: run
 * right after the migration's own script, on its connection and inside its transaction (Flyway's
 * {@code afterEachMigrate}), so that the schema change, the data and the history row commit together
 * under the migration lock, or not at all. The script stays a portable SQL file (audited, applied to
 * the drift check's expected catalog, checksummed as before). Schema 6 chains the existing audit
 * events ({@link AuditChainBackfill}).
 */
final class DataSteps extends BaseCallback {
    /** The version whose migration is followed by the audit chain's backfill. */
    static final String AUDIT_CHAIN = "6";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo migration = context.getMigrationInfo();
        if (migration == null || migration.getVersion() == null
                || !AUDIT_CHAIN.equals(migration.getVersion().getVersion())) {
            return;
        }
        try {
            AuditChainBackfill.run(context.getConnection());
        } catch (SQLException e) {
            throw new FlywayException("chaining the existing audit events failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "runledger-data-steps";
    }
}
