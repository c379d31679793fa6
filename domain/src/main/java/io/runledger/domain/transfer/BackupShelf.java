package io.runledger.domain.transfer;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The rotated backups of one store in one directory ({@code backup.dir}), each named
 * {@code <base>.backup-<UTC time to the microsecond>Z<suffix>}, e.g.
 * {@code state.sqlite.backup-20261206T161455.123456Z.sqlite}: the base names the store (its file name,
 * or {@code runledger-<backend>} for a server store), the suffix the kind (native or {@code .jsonl}).
 * Only files with exactly such a name are this store's backups: rotation never removes anything else
 * (other stores' backups, backups taken before a migration or a restore, files of other tools), and the
 * names sort by time.
 */
public final class BackupShelf {
    private final Path directory;
    private final String base;
    private final String suffix;
    private final Pattern names;

    BackupShelf(Path directory, String base, String suffix) {
        this.directory = directory;
        this.base = base;
        this.suffix = suffix;
        this.names = Pattern.compile(Pattern.quote(base) + "\\.backup-\\d{8}T\\d{6}\\.\\d{6}Z" + Pattern.quote(suffix));
    }

    /** The directory the backups are in. */
    public Path directory() {
        return directory;
    }

    /** The name of a backup taken now. */
    Path nextName(Clock clock) {
        return directory.resolve(base + ".backup-" + BackupNames.stamp(clock) + suffix);
    }

    /** This store's backups in the directory, newest first; none when the directory does not exist. */
    public List<Path> backups() {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (names.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry)) {
                    found.add(entry);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot list " + directory + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed());
        return found;
    }

    /**
     * Removes this store's backups beyond the newest {@code keep}, never {@code justWritten} (a verified
     * backup that was just published); returns what was removed, oldest first.
     */
    List<Path> keepNewest(int keep, Path justWritten) {
        List<Path> all = backups();
        List<Path> removed = new ArrayList<>();
        for (Path backup : all.subList(Math.min(keep, all.size()), all.size())) {
            if (!backup.equals(justWritten)) {
                try {
                    Files.deleteIfExists(backup);
                    removed.add(0, backup);
                } catch (IOException e) {
                    throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "the new backup " + justWritten
                            + " is kept, but the older " + backup + " cannot be removed: " + e.getMessage(), e);
                }
            }
        }
        return removed;
    }

    /**
     * Every backup, newest first, re-verified in full as a restore would verify it ({@link RestoreSource}):
     * an export is read to its end, a native backup copied, checked, read and its content hash compared
     * with the one recorded in it.
     */
    public List<ShelvedBackup> inspect(StoreAdmin admin, int schemaHead) {
        List<ShelvedBackup> inspected = new ArrayList<>();
        for (Path backup : backups()) {
            long size = size(backup);
            try (RestoreSource source = RestoreSource.open(backup, admin, schemaHead)) {
                inspected.add(new ShelvedBackup(backup, size, OptionalInt.of(source.schemaVersion()),
                        Optional.of(source.verified().contentHash()), source.hashRecorded(), Optional.empty()));
            } catch (StoreException e) {
                inspected.add(new ShelvedBackup(backup, size, OptionalInt.empty(), Optional.empty(), false, Optional.of(e)));
            }
        }
        return inspected;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
