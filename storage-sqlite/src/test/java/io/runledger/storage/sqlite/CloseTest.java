package io.runledger.storage.sqlite;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing a store releases every handle: pool threads, file descriptors; the file can go. */
class CloseTest {
    @TempDir
    Path dir;

    @Test
    void closeReleasesThreadsAndFileHandles() throws Exception {
        Path file = dir.resolve("state.sqlite");
        var spec = Samples.spec(file);
        Samples.PROVIDER.admin(spec).migrate(false);

        Store store = Samples.PROVIDER.open(spec);
        store.runs().create(Samples.run("r1"));
        store.runs().find(Samples.run("r1").runId());
        assertTrue(poolThreads() > 0, "the pools run housekeeping threads while open");
        assertTrue(openHandles(file) > 0);

        store.close();
        store.close();

        // The pools stop their housekeeping threads asynchronously; each must end soon after close.
        await("pool threads end after close").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> poolThreads() == 0);
        assertEquals(0, openHandles(file), "file handles left after close");
        try (Store reopened = Samples.PROVIDER.open(spec)) {
            assertEquals(Samples.run("r1"), reopened.runs().find(Samples.run("r1").runId()).orElseThrow());
        }
        assertEquals(0, openHandles(file));
        Files.delete(file);
        assertFalse(Files.exists(file));
    }

    private static long poolThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().contains("runledger-sqlite")).count();
    }

    /** Descriptors of this process that point at the database or its WAL files (Linux /proc). */
    private static long openHandles(Path file) throws Exception {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return 0;
        }
        try (Stream<Path> links = Files.list(fds)) {
            return links.filter(link -> {
                try {
                    return Files.readSymbolicLink(link).toString().startsWith(file.toString());
                } catch (Exception gone) {
                    return false;
                }
            }).count();
        }
    }
}
