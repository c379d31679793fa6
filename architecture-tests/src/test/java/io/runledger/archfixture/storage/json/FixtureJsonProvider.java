package io.runledger.archfixture.storage.json;

import io.runledger.archfixture.storage.api.Ledgers;
import io.runledger.archfixture.storage.support.FileLocks;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Fixture file adapter for the json module: locks its own store file, uses the support module's lock
 * and implements the port, as allowed.
 */
public final class FixtureJsonProvider implements Ledgers {
    @Override
    public String id() {
        return "json";
    }

    public boolean lock(Path lockFile) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            return channel.tryLock() != null;
        }
    }

    public boolean lockShared(Path lockFile) throws IOException {
        return FileLocks.lock(lockFile);
    }
}
