package io.runledger.storage.sql.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * Test-only pauses in the migrate order, so that a crash test can kill a child JVM exactly there and
 * know that it did (docs/RELIABILITY.md, "Hardening checks"). Inert unless the system property
 * {@value #PROPERTY} names the point: a process reaching an armed point writes the file named by
 * {@value #MARKER} (its pid and the point) and then waits until it is killed. Nothing in the product
 * sets these properties.
 */
enum CrashPoint {
    /** Under the migration lock, inside the transaction of a migration Flyway applies: its statements ran, nothing is committed. */
    INSIDE_MIGRATION("inside-migration"),
    /** Under the migration lock, after Flyway committed the pending migrations and before the {@code meta} rows are written. */
    BEFORE_META("before-meta");

    /** Names the armed point ({@code inside-migration} or {@code before-meta}). */
    static final String PROPERTY = "runledger.test.crash-point";
    /** The file a process writes once it waits at the armed point. */
    static final String MARKER = "runledger.test.crash-point.marker";

    private final String id;

    CrashPoint(String id) {
        this.id = id;
    }

    /** Whether a test armed this point in this JVM. */
    boolean armed() {
        return id.equals(System.getProperty(PROPERTY));
    }

    /** Returns at once unless armed; armed, it reports through the marker file and never returns. */
    void reach() {
        if (!armed()) {
            return;
        }
        Path marker = Path.of(System.getProperty(MARKER, id + ".reached"));
        Path partial = marker.resolveSibling(marker.getFileName() + ".partial");
        try {
            Files.writeString(partial, "pid " + ProcessHandle.current().pid() + " at " + id + "\n");
            Files.move(partial, marker, StandardCopyOption.ATOMIC_MOVE);
            new CountDownLatch(1).await();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("interrupted while waiting at the test crash point " + id);
    }
}
