package io.runledger.storage.sql;

import io.runledger.storage.api.Migration;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the shipped migrations with Flyway. It fails closed: validation on migrate with no ignored
 * patterns, so an applied migration this binary does not know (a newer schema) or a changed file is
 * an error, not a warning; {@code clean} is disabled. Callers check the schema direction and take
 * the migration lock first — on SQLite Flyway locks nothing itself.
 */
public final class FlywayMigrator {
    private final DataSource dataSource;

    public FlywayMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Migrates to this binary's head; returns the migrations applied, oldest first. */
    public List<Migration> migrate() {
        return migrate(ShippedMigrations.head());
    }

    /** Migrates up to {@code targetVersion} (used to build fixture stores of older versions). */
    public List<Migration> migrate(int targetVersion) {
        Flyway flyway = Flyway.configure(FlywayMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(new MigrationResources())
                .javaMigrationClassProvider(List::of)
                .ignoreMigrationPatterns("")
                .validateOnMigrate(true)
                .cleanDisabled(true)
                .target(MigrationVersion.fromVersion(Integer.toString(targetVersion)))
                .load();
        MigrateResult result = flyway.migrate();
        return result.migrations.stream()
                .map(m -> new Migration(Integer.parseInt(m.version), m.description))
                .toList();
    }
}
