package io.runledger.storage.support;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * For adapters whose store is a set of files in one directory: which of the store's files, and which
 * directories above them, did not exist before the adapter's migration created the store, so that
 * {@link StoreAdmin#removeCreatedStore()} removes exactly those and nothing that was there before.
 * The adapter names its files (database, journal, lock, WAL …); this only looks at and removes them.
 */
public final class CreatedFiles {
    private final Path store;
    private final List<Path> missingFiles;
    private final List<Path> missingDirectories;

    private CreatedFiles(Path store, List<Path> missingFiles, List<Path> missingDirectories) {
        this.store = store;
        this.missingFiles = List.copyOf(missingFiles);
        this.missingDirectories = List.copyOf(missingDirectories);
    }

    /**
     * Looks before a migration: {@code storeFiles} are every file the store may consist of, the main
     * file ({@link #store()}) first, all in one directory.
     */
    public static CreatedFiles before(List<Path> storeFiles) {
        List<Path> files = storeFiles.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<Path> directories = new ArrayList<>();
        for (Path directory = files.get(0).getParent(); directory != null && !Files.exists(directory);
                directory = directory.getParent()) {
            directories.add(directory);
        }
        return new CreatedFiles(files.get(0), files.stream().filter(f -> !Files.exists(f)).toList(), directories);
    }

    /** The store's main file. */
    public Path store() {
        return store;
    }

    /** Whether the store's main file did not exist when this was taken: a migration then creates the store. */
    public boolean storeWasMissing() {
        return missingFiles.contains(store);
    }

    /**
     * Deletes the store's files that did not exist before, then the directories made for them, deepest
     * first, as long as they are empty (one that holds anything else stays). Returns whether anything
     * was deleted; a file that cannot be deleted raises {@link ReasonCode#STORE_UNAVAILABLE}.
     */
    public boolean remove() {
        boolean removed = false;
        for (Path file : missingFiles) {
            try {
                removed |= Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot remove " + file
                        + ", which this command created: " + e.getMessage(), e);
            }
        }
        for (Path directory : missingDirectories) {
            try {
                removed |= Files.deleteIfExists(directory);
            } catch (DirectoryNotEmptyException e) {
                return removed;
            } catch (IOException e) {
                throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot remove the directory " + directory
                        + ", which this command created: " + e.getMessage(), e);
            }
        }
        return removed;
    }
}
