package io.runledger.reliability.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The JSON store ({@code state.json} and its journal) on the disk. */
final class JsonDiskStore implements DiskStore {
    private final Path state;

    JsonDiskStore(Disk disk) {
        this.state = disk.root().resolve("state.json");
    }

    @Override
    public String backend() {
        return "json";
    }

    @Override
    public List<String> globalOptions() {
        return List.of("--backend", "json", "--state", state.toString());
    }

    /**
     * A failed append must not leave a torn line behind (the next write would have to set the journal
     * aside and write a whole snapshot, on a disk that is full), nor a half-written temporary file.
     */
    @Override
    public void assertFilesClean() {
        Path journal = state.resolveSibling("state.json.journal");
        try (RandomAccessFile file = Files.exists(journal) ? new RandomAccessFile(journal.toFile(), "r") : null) {
            if (file != null && file.length() > 0) {
                file.seek(file.length() - 1);
                assertEquals('\n', file.read(), "the journal ends in the middle of a line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.list(state.getParent())) {
            assertEquals(List.of(), files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".tmp") || name.contains(".torn")).toList(), "files left behind");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // everything is on the disk
    }
}
