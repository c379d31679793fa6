package io.runledger.domain.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The fsyncs a piece of code really makes, as the JVM's flight recorder sees them ({@code jdk.FileForce}
 * events, one per {@code FileChannel.force}, with the path synced): no seam in the code under test.
 */
final class FileForces {
    private FileForces() {
    }

    /** The paths {@code action} forced to disk, in order. */
    static List<Path> during(Runnable action) {
        try (Recording recording = new Recording()) {
            recording.enable("jdk.FileForce").withoutThreshold();
            recording.start();
            action.run();
            recording.stop();
            Path dump = Files.createTempFile("runledger-forces-", ".jfr");
            try {
                recording.dump(dump);
                return RecordingFile.readAllEvents(dump).stream()
                        .filter(e -> e.getEventType().getName().equals("jdk.FileForce"))
                        .map(FileForces::path).toList();
            } finally {
                Files.deleteIfExists(dump);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path path(RecordedEvent event) {
        return Path.of(event.getString("path")).toAbsolutePath().normalize();
    }
}
