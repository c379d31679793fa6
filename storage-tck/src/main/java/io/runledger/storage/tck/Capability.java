package io.runledger.storage.tck;

/** Backend capabilities that only some adapters have; contract tests that need one skip visibly without it. */
public enum Capability {
    /** Versioned SQL schema migrations (Flyway). */
    SQL_MIGRATIONS,
    /** The store is a set of files in one directory, and its location is the path of its main file. */
    FILES,
    /**
     * The store lives outside the JVM that opened it: another process can open it, also after the
     * first one was killed (every real backend; not the suite's in-memory reference store).
     */
    OUTLIVES_ITS_PROCESS,
    /**
     * Several open instances of one store (in one process or in several) may write at once, the
     * backend serialising their transactions (SQLite's write lock, a PostgreSQL server); not the JSON
     * store, whose one writer holds a file lock.
     */
    SHARED_BY_INSTANCES
}
