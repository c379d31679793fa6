package io.runledger.archfixture.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks rule 10: an app deletes a store's file itself. */
public final class BrokenCliDeletesStoreFile {
    public void removeWal(Path store) throws IOException {
        Files.deleteIfExists(store.resolveSibling(store.getFileName() + "-wal"));
    }
}
