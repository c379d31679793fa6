/**
 * The SQLite store: one local file in WAL mode, written through a single connection, read through a
 * small read-only pool, migrated under an OS file lock beside the database. Exports nothing; it is
 * found as a {@link io.runledger.storage.api.StorageProvider} with id {@code sqlite}.
 */
module io.runledger.storage.sqlite {
    requires io.runledger.storage.sql;
    requires io.runledger.storage.support;
    requires org.xerial.sqlitejdbc;
    requires org.hibernate.orm.community.dialects;
    requires com.zaxxer.hikari;

    provides io.runledger.storage.api.StorageProvider with io.runledger.storage.sqlite.SqliteStorageProvider;
}
