package io.runledger.storage.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * Test-only pauses at named points of a long operation (a migration, a prune), so that a crash test
 * can kill a child JVM exactly there and know that it did (docs/RELIABILITY.md, "Hardening checks").
 * Inert unless the system property {@value #PROPERTY} names the point: a process reaching an armed
 * point writes the file named by {@value #MARKER} (its pid and the point) and then waits until it is
 * killed. Nothing in the product sets these properties.
 */
public final class TestCrashPoint {
    /** Names the armed point. */
    public static final String PROPERTY = "runledger.test.crash-point";
    /** The file a process writes once it waits at the armed point. */
    public static final String MARKER = "runledger.test.crash-point.marker";

    private TestCrashPoint() {
    }

    /** Whether a test armed {@code point} in this JVM. */
    public static boolean armed(String point) {
        return point.equals(System.getProperty(PROPERTY));
    }

    /** Returns at once unless {@code point} is armed; armed, it reports through the marker file and never returns. */
    public static void reach(String point) {
        if (!armed(point)) {
            return;
        }
        Path marker = Path.of(System.getProperty(MARKER, point + ".reached"));
        Path partial = marker.resolveSibling(marker.getFileName() + ".partial");
        try {
            Files.writeString(partial, "pid " + ProcessHandle.current().pid() + " at " + point + "\n");
            Files.move(partial, marker, StandardCopyOption.ATOMIC_MOVE);
            new CountDownLatch(1).await();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("interrupted while waiting at the test crash point " + point);
    }
}
