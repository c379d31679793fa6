package io.runledger.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A backend for the CLI command contracts, like the storage TCK's fixture: fresh store locations of
 * one backend (as {@code --state} takes them) and a look at a store from outside Runledger. Closing
 * removes what it made.
 */
interface CliBackendFixture extends AutoCloseable {
    /** The backend id, as {@code --backend} takes it and {@code doctor} reports it. */
    String backend();

    /** The persistence mode {@code doctor} reports for the backend. */
    String persistenceMode();

    /** A location where no store exists yet; every call returns a new one. */
    String freshLocation();

    /**
     * A fresh location holding a copy of a store that {@code db migrate} brought to the head, for a backend
     * whose migrations are slow (PostgreSQL: a template database); empty where running {@code db migrate}
     * again is as quick.
     */
    default Optional<String> migratedCopy() {
        return Optional.empty();
    }

    /** {@code backend:location}, as {@code store migrate --from/--to} takes it. */
    default String spec(String location) {
        return backend() + ":" + location;
    }

    /** Whether anything of a store exists at {@code location}: a file or directory made for it, or a table. */
    boolean storeExists(String location);

    /** Everything stored at {@code location}, seen from outside: equal snapshots mean nothing was written. */
    List<String> snapshot(String location);

    /** Whether {@code reported} (what {@code db status} prints as the location) names {@code location}. */
    boolean namesLocation(String location, String reported);

    /** Leaves the store at {@code location} as a later binary with schema {@code version} would have (test-only shortcut). */
    void makeSchemaNewer(String location, int version);

    /**
     * A fresh location holding a store with data at schema version 2, as a release of that schema left
     * it (runs without status or labels): what a migration with a backup has to take care of.
     */
    String storeOfAnEarlierRelease();

    /** Leaves the store at {@code location} one schema version behind this binary's head (test-only shortcut). */
    void forgetLastMigration(String location);

    /**
     * Changes one text value inside a backup {@code db backup} wrote and fixes up nothing else, as a
     * damaged disk or a careless hand would: here an export (JSON and PostgreSQL backups are exports),
     * whose first step's name gets a prefix while its trailer stays as written.
     */
    default void editTextInBackup(Path backup) {
        List<String> lines = ExportFiles.lines(backup);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"type\":\"step\"")) {
                lines.set(i, lines.get(i).replaceFirst("\"name\":\"", "\"name\":\"edited "));
                ExportFiles.writeLines(backup, lines);
                return;
            }
        }
        throw new IllegalStateException(backup + " holds no step whose name could be edited");
    }

    /**
     * Changes the message of the stored audit event {@code eventId} from outside Runledger, as someone
     * with write access to the database or the files would, leaving everything else (its chain) as it
     * is — on a file store also recomputing what guards the file against damage, as a careful attacker would.
     */
    void tamperAuditMessage(String location, String eventId, String message);

    /** Deletes the stored audit event {@code eventId} from outside Runledger, in the same way. */
    void deleteAuditEvent(String location, String eventId);

    /**
     * Deletes the stored audit event {@code eventId} (the first one the last prune kept) from outside
     * Runledger and moves that prune's anchor onto it (its position and chain), as an attacker covering
     * the deletion would; with {@code recount} the prune's count grows by one too, so that the prune
     * records agree with each other and only the archive can tell.
     */
    void hideBehindPruneAnchor(String location, String eventId, boolean recount);

    /**
     * Cuts the audit log's tail from outside Runledger: deletes every event after position {@code keep}
     * (at least 1) and leaves the store's recorded head at position {@code keep}, as someone who knows the
     * schema would, so that the chain the store holds verifies by itself.
     */
    void cutAuditTail(String location, long keep);

    /** What the backend supports beyond the common contract; tests that need more skip visibly. */
    Set<CliCapability> capabilities();

    @Override
    void close();
}
