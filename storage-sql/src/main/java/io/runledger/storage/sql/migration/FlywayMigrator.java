package io.runledger.storage.sql.migration;

import io.runledger.storage.api.Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies a migration set (the shipped one unless told otherwise) with Flyway. It fails closed: validation on migrate with no ignored
 * patterns, so an applied migration this binary does not know (a newer schema) or a changed file is
 * an error, not a warning; {@code clean} is disabled. Callers check the schema direction and take
 * the migration lock first — on SQLite Flyway locks nothing itself; on PostgreSQL it also takes its
 * own advisory lock around the work. The {@link DataSteps} run inside the transaction of the migration
 * they belong to; only a test that arms {@link CrashPoint#INSIDE_MIGRATION} adds a further callback,
 * which pauses inside each migration's transaction after its data step.
 */
public final class FlywayMigrator {
    private final DataSource dataSource;
    private final Optional<String> schema;
    private final OptionalInt lockRetries;
    private final Optional<String> sessionSetup;
    private final MigrationSet migrations;

    public FlywayMigrator(DataSource dataSource) {
        this(dataSource, ShippedMigrations.SET);
    }

    /** A migrator applying {@code migrations} instead of the shipped set (tests play a later binary). */
    public FlywayMigrator(DataSource dataSource, MigrationSet migrations) {
        this(dataSource, Optional.empty(), OptionalInt.empty(), Optional.empty(), migrations);
    }

    private FlywayMigrator(DataSource dataSource, Optional<String> schema, OptionalInt lockRetries,
                           Optional<String> sessionSetup, MigrationSet migrations) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.lockRetries = lockRetries;
        this.sessionSetup = sessionSetup;
        this.migrations = migrations;
    }

    /** The same migrator keeping the store (history table included) in {@code schema}, created if missing. */
    public FlywayMigrator inSchema(String schema) {
        return new FlywayMigrator(dataSource, Optional.of(schema), lockRetries, sessionSetup, migrations);
    }

    /** The same migrator running {@code sql} on every connection it opens, before anything else. */
    public FlywayMigrator withSessionSetup(String sql) {
        return new FlywayMigrator(dataSource, schema, lockRetries, Optional.of(sql), migrations);
    }

    /**
     * The same migrator giving up on Flyway's own database lock (PostgreSQL's advisory lock) after
     * {@code retries} attempts one second apart, instead of Flyway's default of 50.
     */
    public FlywayMigrator withLockRetries(int retries) {
        return new FlywayMigrator(dataSource, schema, OptionalInt.of(retries), sessionSetup, migrations);
    }

    /** Migrates to the head of its migration set; returns the migrations applied, oldest first. */
    public List<Migration> migrate() {
        return migrate(migrations.head());
    }

    /** Migrates up to {@code targetVersion} (used to build fixture stores of older versions). */
    public List<Migration> migrate(int targetVersion) {
        FluentConfiguration configuration = Flyway.configure(FlywayMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(new MigrationResources(migrations))
                .javaMigrationClassProvider(List::of)
                .ignoreMigrationPatterns("")
                .validateOnMigrate(true)
                .cleanDisabled(true)
                .target(MigrationVersion.fromVersion(Integer.toString(targetVersion)));
        schema.ifPresent(configuration::schemas);
        lockRetries.ifPresent(configuration::lockRetryCount);
        sessionSetup.ifPresent(configuration::initSql);
        List<Callback> callbacks = new ArrayList<>(List.of(new DataSteps()));
        if (CrashPoint.INSIDE_MIGRATION.armed()) {
            callbacks.add(new BaseCallback() {
                @Override
                public boolean supports(Event event, Context context) {
                    return event == Event.AFTER_EACH_MIGRATE;
                }

                @Override
                public void handle(Event event, Context context) {
                    CrashPoint.INSIDE_MIGRATION.reach();
                }

                @Override
                public String getCallbackName() {
                    return "runledger-test-crash-point";
                }
            });
        }
        configuration.callbacks(callbacks.toArray(Callback[]::new));
        MigrateResult result = configuration.load().migrate();
        return result.migrations.stream()
                .map(m -> new Migration(Integer.parseInt(m.version), m.description))
                .toList();
    }
}
