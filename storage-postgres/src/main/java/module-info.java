/**
 * The PostgreSQL store: a shared server that any number of Runledger processes use at once, through
 * pooled connections, migrated under an advisory lock. Exports nothing; it is found as a
 * {@link io.runledger.storage.api.StorageProvider} with id {@code postgres}.
 */
module io.runledger.storage.postgres {
    requires io.runledger.storage.sql;
    requires io.runledger.storage.support;
    requires org.postgresql.jdbc;
    requires com.zaxxer.hikari;
    // Flyway's PostgreSQL support, found by Flyway as a plugin at run time.
    requires flyway.database.postgresql;

    provides io.runledger.storage.api.StorageProvider with io.runledger.storage.postgres.PostgresStorageProvider;
}
