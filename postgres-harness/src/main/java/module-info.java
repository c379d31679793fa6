/**
 * Test support only (never on a production module path): the one real, throw-away PostgreSQL server
 * of a test JVM, shared by every module whose tests run against PostgreSQL.
 */
module io.runledger.testing.postgres {
    requires transitive java.sql;
    requires embedded.postgres;

    exports io.runledger.testing.postgres;
}
