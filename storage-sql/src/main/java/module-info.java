/**
 * The relational core shared by the SQL adapters: Hibernate entities and the port implementations
 * over them, the Flyway runner, the portable migrations (db/migration) and the translation of
 * driver failures into reason codes. Exported only to the SQL adapters.
 */
module io.runledger.storage.sql {
    requires transitive io.runledger.storage.api;
    // The audit chain and the canonical record lines it hashes (AuditChain): the one definition,
    // also used by the domain and the JSON store.
    requires io.runledger.format;
    requires transitive java.sql;
    // Hibernate's SessionFactory is a javax.naming.Referenceable.
    requires transitive java.naming;
    requires transitive org.hibernate.orm.core;
    requires transitive flyway.core;
    requires jakarta.persistence;
    // SqlStore reports the state of the HikariCP pools it owns (Store.connectionPools()).
    requires com.zaxxer.hikari;

    // What the SQL adapters build on: assembling a store, its sessions, the error translation and the
    // migrations; PostgreSQL also orders ids and reads a store on its own connection (jdbc).
    exports io.runledger.storage.sql to io.runledger.storage.sqlite, io.runledger.storage.postgres;
    exports io.runledger.storage.sql.ports to io.runledger.storage.sqlite, io.runledger.storage.postgres;
    exports io.runledger.storage.sql.errors to io.runledger.storage.sqlite, io.runledger.storage.postgres;
    exports io.runledger.storage.sql.migration to io.runledger.storage.sqlite, io.runledger.storage.postgres;
    exports io.runledger.storage.sql.schema to io.runledger.storage.sqlite, io.runledger.storage.postgres;
    exports io.runledger.storage.sql.jdbc to io.runledger.storage.sqlite, io.runledger.storage.postgres;

    // Hibernate reads and writes entity fields reflectively.
    opens io.runledger.storage.sql.entity to org.hibernate.orm.core;
    // The migration files, for tools that read them from outside (the portability audit). Flyway
    // itself gets them through ShippedMigrations, which needs no opening.
    opens db.migration;
}
