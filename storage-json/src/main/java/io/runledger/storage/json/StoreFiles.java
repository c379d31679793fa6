package io.runledger.storage.json;

import io.runledger.storage.api.Timestamps;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The files of one JSON store, all in one directory: the snapshot {@code state.json}, the journal
 * {@code state.json.journal}, the lock {@code state.json.lock}, and the temporary files that are
 * renamed over the first two. Names follow the configured snapshot name.
 */
record StoreFiles(Path snapshot) {
    static StoreFiles at(String location) {
        return new StoreFiles(Path.of(location).toAbsolutePath().normalize());
    }

    Path directory() {
        return snapshot.getParent();
    }

    Path journal() {
        return sibling(".journal");
    }

    Path lock() {
        return sibling(".lock");
    }

    Path snapshotTemp() {
        return sibling(".tmp");
    }

    Path journalTemp() {
        return sibling(".journal.tmp");
    }

    /** Every file a store starts with or writes in normal use, the snapshot first. */
    List<Path> storeFiles() {
        return List.of(snapshot, journal(), lock(), snapshotTemp(), journalTemp());
    }

    /** Where a journal with a torn final line is kept when a new journal replaces it. */
    Path tornJournal(Instant at) {
        return sibling(".journal.torn-" + Timestamps.format(at).replace(':', '-'));
    }

    /** Where the files of a store at an older schema are kept before it is upgraded. */
    Path schemaBackup(int version, String suffix) {
        return sibling(".schema-" + version + "-backup" + suffix);
    }

    private Path sibling(String suffix) {
        return snapshot.resolveSibling(snapshot.getFileName() + suffix);
    }

    @Override
    public String toString() {
        return snapshot.toString();
    }
}
