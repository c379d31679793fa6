package io.runledger.storage.json.files;

import io.runledger.storage.api.Timestamps;
import io.runledger.storage.support.LockFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The files of one JSON store, all in one directory: the snapshot {@code state.json}, the journal
 * {@code state.json.journal}, the lock {@code state.json.lock}, the prune records
 * {@code state.json.prunes}, and the temporary files that are renamed over the snapshot, the journal
 * and the prune records. Names follow the configured snapshot name.
 */
public record StoreFiles(Path snapshot) {
    public static StoreFiles at(String location) {
        return new StoreFiles(Path.of(location).toAbsolutePath().normalize());
    }

    public Path directory() {
        return snapshot.getParent();
    }

    public Path journal() {
        return sibling(".journal");
    }

    public Path lock() {
        return sibling(".lock");
    }

    public Path snapshotTemp() {
        return sibling(".tmp");
    }

    public Path journalTemp() {
        return sibling(".journal.tmp");
    }

    /** The prune records (schema 4): written only by {@code audit prune}. */
    public Path prunes() {
        return sibling(".prunes");
    }

    public Path prunesTemp() {
        return sibling(".prunes.tmp");
    }

    /** Every file a store starts with or writes in normal use, the snapshot first. */
    public List<Path> storeFiles() {
        return List.of(snapshot, journal(), lock(), snapshotTemp(), journalTemp(), prunes(), prunesTemp());
    }

    /** Where a journal with a torn final line is kept when a new journal replaces it. */
    public Path tornJournal(Instant at) {
        return sibling(".journal.torn-" + Timestamps.format(at).replace(':', '-'));
    }

    /** Where the files of a store at an older schema are kept before it is upgraded. */
    public Path schemaBackup(int version, String suffix) {
        return sibling(".schema-" + version + "-backup" + suffix);
    }

    /**
     * Takes the single-writer lock {@code state.json.lock}, waiting at most {@code timeoutMs} for
     * another writer ({@code store_locked} after that): held for as long as a store is open or a
     * migration runs.
     */
    public LockFile acquireLock(long timeoutMs) {
        return LockFile.acquire(lock(), timeoutMs, "the json store is in use by another writer");
    }

    private Path sibling(String suffix) {
        return snapshot.resolveSibling(snapshot.getFileName() + suffix);
    }

    @Override
    public String toString() {
        return snapshot.toString();
    }
}
