package io.runledger.archfixture.storage.support;

import io.runledger.archfixture.storage.api.Ledgers;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Fixture support module: JDK-only plumbing the adapters share (a file lock), as allowed. */
public final class FileLocks {
    private FileLocks() {
    }

    public static boolean lock(Path lockFile) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            return channel.tryLock() != null;
        }
    }

    public static String owner(Ledgers ledgers) {
        return ledgers.id();
    }
}
