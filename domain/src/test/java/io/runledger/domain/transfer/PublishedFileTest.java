package io.runledger.domain.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published export or backup keeps its name through an OS crash: the directory holding the name is synced. */
class PublishedFileTest {
    @TempDir
    Path dir;

    @Test
    void aCommittedExportSyncsTheDirectoryThatHoldsItsName() {
        Path file = dir.resolve("export.jsonl");

        List<Path> forced = FileForces.during(() -> {
            try (PublishedFile published = PublishedFile.create(file)) {
                published.stream().write("line\n".getBytes(StandardCharsets.UTF_8));
                published.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertTrue(Files.exists(file));
        assertEquals(List.of(dir.toAbsolutePath().normalize()), forced.stream().filter(Files::isDirectory).toList(),
                "the directory is synced once, after the name appeared");
    }

    @Test
    void aPublishedNativeBackupSyncsTheDirectoryThatHoldsItsName() throws IOException {
        Path file = dir.resolve("backup.sqlite");
        Path complete = PublishedFile.temporaryBeside(file);
        Files.writeString(complete, "a complete, synced copy");

        List<Path> forced = FileForces.during(() -> PublishedFile.publish(complete, file));

        assertTrue(Files.exists(file));
        assertEquals(List.of(dir.toAbsolutePath().normalize()), forced);
    }
}
