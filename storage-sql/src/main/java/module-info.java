/** The relational core shared by the SQL adapters: Hibernate mappings, Flyway runner, portable migrations. */
module io.runledger.storage.sql {
    requires transitive io.runledger.storage.api;
    requires transitive org.hibernate.orm.core;
    requires transitive java.sql;
    requires transitive flyway.core;
    requires transitive com.zaxxer.hikari;
    requires org.slf4j;

    exports io.runledger.storage.sql to io.runledger.storage.sqlite, io.runledger.storage.postgres;
}
