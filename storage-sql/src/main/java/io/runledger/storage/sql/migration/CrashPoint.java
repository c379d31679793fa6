package io.runledger.storage.sql.migration;

import io.runledger.storage.api.TestCrashPoint;

/**
 * Test-only pauses in the migrate order ({@link TestCrashPoint}), so that a crash test can kill a
 * child JVM exactly there and know that it did. Nothing in the product arms them.
 */
enum CrashPoint {
    /** Under the migration lock, inside the transaction of a migration Flyway applies: its statements ran, nothing is committed. */
    INSIDE_MIGRATION("inside-migration"),
    /** Under the migration lock, after Flyway committed the pending migrations and before the {@code meta} rows are written. */
    BEFORE_META("before-meta");

    /** Names the armed point ({@code inside-migration} or {@code before-meta}). */
    static final String PROPERTY = TestCrashPoint.PROPERTY;
    /** The file a process writes once it waits at the armed point. */
    static final String MARKER = TestCrashPoint.MARKER;

    private final String id;

    CrashPoint(String id) {
        this.id = id;
    }

    /** Whether a test armed this point in this JVM. */
    boolean armed() {
        return TestCrashPoint.armed(id);
    }

    /** Returns at once unless armed; armed, it reports through the marker file and never returns. */
    void reach() {
        TestCrashPoint.reach(id);
    }
}
