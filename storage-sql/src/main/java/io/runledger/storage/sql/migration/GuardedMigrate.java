package io.runledger.storage.sql.migration;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flywaydb.core.api.exception.FlywayValidateException;

/**
 * The safety order of a SQL schema migration, written once for every SQL backend: read the status and
 * refuse a newer schema; answer a dry run from it; take the migration lock; read the status again under
 * the lock (another migrator may have finished meanwhile) and refuse a newer schema again; stop when
 * nothing is pending; refuse a store whose applied migrations differ from the shipped files
 * ({@code schema_drift} naming them, where Flyway's own validation would fail without a reason); run the
 * backend's preflight; apply; record the {@code meta} rows. Flyway's history is the truth about the
 * schema: it commits each migration with its history row, and {@code meta} follows in a transaction of
 * its own, so a crash in between leaves {@code meta} behind the history (it reads as no compatibility
 * floor). A store at head whose {@code meta} lags is therefore repaired under the lock, even when
 * nothing is pending: the rows are rewritten for the head. Only the steps ({@link MigrateSteps}) differ
 * per backend. Every driver failure leaves as a {@link StoreException} for "migrate {@code store}"; a
 * failed Flyway validation as {@code schema_drift}.
 *
 * @param migrations the set this binary applies
 * @param errors     the backend's translation of driver failures
 * @param store      the store as messages name it
 * @param appVersion the binary's version, recorded in {@code meta}
 */
public record GuardedMigrate(MigrationSet migrations, SqlErrorTranslator errors, String store, String appVersion) {
    /** Runs the order with {@code steps}; a dry run changes nothing and takes no lock. */
    public MigrationReport run(boolean dryRun, MigrateSteps steps) {
        try {
            StoreStatus before = steps.status();
            before.requireNotNewer();
            if (dryRun) {
                return new MigrationReport(before.schemaVersion(), migrations.head(), before.pending(), true);
            }
            MigrateSteps.Held lock = steps.lock();
            try {
                return underLock(steps);
            } finally {
                lock.release();
            }
        } catch (FlywayValidateException e) {
            throw new StoreException(ReasonCode.SCHEMA_DRIFT, "cannot migrate " + store + ": its applied migrations"
                    + " differ from the files this runledger ships (" + firstLine(e.getMessage()) + "); nothing was"
                    + " migrated; see `runledger db check` and docs/RUNBOOK.md", e);
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("migrate " + store, e);
        }
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    private MigrationReport underLock(MigrateSteps steps) throws SQLException {
        StoreStatus current = steps.status();
        current.requireNotNewer();
        if (current.pending().isEmpty()) {
            if (current.repairPending()) {
                // At head with meta behind the history: a migrator died between Flyway's commit and its
                // meta write. The history is the truth.
                writeMeta(steps);
            }
            return new MigrationReport(current.schemaVersion(), current.schemaVersion(), List.of(), false);
        }
        if (current.initialized()) {
            try (Connection connection = steps.metaConnection()) {
                AppliedMigrations.require(connection, SchemaHistory.TABLE, migrations, store);
            }
        }
        steps.preflight(current);
        List<Migration> applied = steps.applyPending();
        CrashPoint.BEFORE_META.reach();
        writeMeta(steps);
        return new MigrationReport(current.schemaVersion(), migrations.head(), applied, false);
    }

    private void writeMeta(MigrateSteps steps) throws SQLException {
        try (Connection connection = steps.metaConnection()) {
            MetaRows.write(connection, migrations.head(), migrations.compatibleFloor(), appVersion,
                    Instant.now().truncatedTo(ChronoUnit.MICROS));
        }
    }
}
