package io.runledger.reliability.disk;

import java.nio.file.Path;
import java.util.List;

/** The SQLite store (database, WAL and shared-memory files) on the disk. */
final class SqliteDiskStore implements DiskStore {
    private final Path state;

    SqliteDiskStore(Disk disk) {
        this.state = disk.root().resolve("state.sqlite");
    }

    @Override
    public String backend() {
        return "sqlite";
    }

    @Override
    public List<String> globalOptions() {
        return List.of("--backend", "sqlite", "--state", state.toString());
    }

    /** A failed transaction is rolled back by SQLite itself; {@code db check} proves the file whole. */
    @Override
    public void assertFilesClean() {
        // nothing beyond db check, which every test runs
    }

    @Override
    public void close() {
        // everything is on the disk
    }
}
