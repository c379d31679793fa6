package io.runledger.storage.sql.errors;

/** What kind of failure a driver reported, independent of the database. */
public enum SqlFailure {
    /** A row names a parent that does not exist (on our schema: a run). */
    FOREIGN_KEY,
    /** A primary key or unique constraint already holds the value. */
    UNIQUE,
    /** A CHECK or NOT NULL constraint refused a value. */
    CHECK,
    /** Another writer held the database past the bounded wait. */
    BUSY,
    /**
     * A concurrent transaction conflicted with this one (serialization failure, deadlock); the
     * transaction can be run again, and is, a bounded number of times.
     */
    CONFLICT,
    /** The disk or quota is full. */
    FULL,
    /** The database file is damaged or is not a database. */
    CORRUPT,
    /** The database native library or driver could not be loaded. */
    DRIVER_UNAVAILABLE,
    /** The database server cannot be reached, refuses the login, or closed the connection. */
    UNREACHABLE,
    /** Anything else: the store could not be used. */
    OTHER
}
