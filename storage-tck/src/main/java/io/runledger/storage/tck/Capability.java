package io.runledger.storage.tck;

/** Backend capabilities that only some adapters have; contract tests that need one skip visibly without it. */
public enum Capability {
    /** Versioned SQL schema migrations (Flyway). */
    SQL_MIGRATIONS,
    /** The store is a set of files in one directory, and its location is the path of its main file. */
    FILES
}
