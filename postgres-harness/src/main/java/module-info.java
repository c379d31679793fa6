/**
 * Test support only (never on a production module path): the one real, throw-away PostgreSQL server
 * of a test JVM, shared by every module whose tests run against PostgreSQL, and a TCP relay to it that
 * fails as a network does (the server going away, or a silent partition).
 */
module io.runledger.testing.postgres {
    requires transitive java.sql;
    requires embedded.postgres;

    exports io.runledger.testing.postgres;
}
