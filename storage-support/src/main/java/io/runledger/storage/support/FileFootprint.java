package io.runledger.storage.support;

import io.runledger.storage.api.StoreFootprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** The footprint of a file store: the summed size of its files and the usable space of their volume. */
public final class FileFootprint {
    private FileFootprint() {
    }

    /**
     * Sums the sizes of those of {@code files} that exist (a missing one counts 0) and reads the usable
     * space of the nearest existing directory above the first file; reads metadata only.
     */
    public static StoreFootprint of(List<Path> files) {
        long bytes = 0;
        try {
            for (Path file : files) {
                bytes += sizeOrZero(file);
            }
            return new StoreFootprint(OptionalLong.of(bytes), usableSpace(files.get(0)));
        } catch (IOException e) {
            throw FileFailures.translate("read the size of " + files.get(0), e);
        }
    }

    private static long sizeOrZero(Path file) throws IOException {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (NoSuchFileException e) {
            return 0; // removed between the two calls, e.g. a WAL checkpointed away
        }
    }

    private static OptionalLong usableSpace(Path file) throws IOException {
        for (Path dir = file.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir)) {
                return OptionalLong.of(Files.getFileStore(dir).getUsableSpace());
            }
        }
        return OptionalLong.empty();
    }
}
