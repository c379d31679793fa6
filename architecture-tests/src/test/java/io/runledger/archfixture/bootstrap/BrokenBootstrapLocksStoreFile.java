package io.runledger.archfixture.bootstrap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Breaks rule 4: opens and locks a store file outside the storage modules. */
public final class BrokenBootstrapLocksStoreFile {
    public boolean locked(Path store) throws IOException {
        try (FileChannel channel = FileChannel.open(store, StandardOpenOption.WRITE)) {
            return channel.tryLock() != null;
        }
    }
}
