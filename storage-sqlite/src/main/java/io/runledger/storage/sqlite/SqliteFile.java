package io.runledger.storage.sqlite;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** The database file of a store and the files SQLite and the migration lock keep beside it. */
record SqliteFile(Path path) {
    static SqliteFile at(String location) {
        Path path;
        try {
            path = Path.of(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "not a usable SQLite file path: '" + location + "'");
        }
        // sqlite-jdbc reads everything after a '?' in its URL as connection options (pragmas), so such a
        // path would open another file, or this one with other durability settings, than the one we lock.
        if (path.toString().indexOf('?') >= 0) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "not a usable SQLite file path: '" + location
                    + "' (a '?' would be read by the SQLite driver as connection options; rename the file)");
        }
        return new SqliteFile(path);
    }

    /** True when the file exists and holds something: SQLite treats a 0-byte file as an empty database. */
    boolean hasContent() {
        try {
            return Files.isRegularFile(path) && Files.size(path) > 0;
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The OS lock file that serializes migrations of this database, across processes. */
    Path lockFile() {
        return sibling(".lock");
    }

    /** Every file the store consists of, the database first: WAL, shared memory, rollback journal, migration lock. */
    List<Path> storeFiles() {
        return List.of(path, sibling("-wal"), sibling("-shm"), sibling("-journal"), lockFile());
    }

    private Path sibling(String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }

    String jdbcUrl() {
        return "jdbc:sqlite:" + path;
    }

    void createParentDirectories() {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE,
                    "cannot create the directory " + path.getParent() + " for the SQLite store: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
