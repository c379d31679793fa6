package io.runledger.bootstrap;

import io.runledger.storage.api.NumberSetting;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The settings of {@code db backup} without a file name and of {@code db backups}, from the config file:
 * {@code backup.dir}, the directory of the timestamped backups (relative to the working directory;
 * default: {@code backups} beside the store file for a file backend, {@code runledger-backups} in the
 * working directory for a server backend such as PostgreSQL), and {@code backup.keep}, how many of the
 * newest backups rotation keeps (default 7, from 1 to 1000).
 */
public record BackupSettings(Path directory, int keep) {
    /** The directory made beside a store file when {@code backup.dir} is not set. */
    public static final String BESIDE_STORE = "backups";
    /** The directory in the working directory for a server store when {@code backup.dir} is not set. */
    public static final String SERVER_DEFAULT = "runledger-backups";
    /** How many backups rotation keeps. */
    public static final NumberSetting KEEP = new NumberSetting(ConfigFile.BACKUP_KEEP, 7, 1, 1000, "backups");

    /** The settings of this configuration (whose config file, if any, is read again) for {@code provider}'s stores. */
    public static BackupSettings resolve(RunledgerConfig config, StorageProvider provider, Path workingDir) {
        Optional<ConfigFile> file = config.configFile().map(ConfigFile::load);
        Optional<String> dir = file.flatMap(f -> f.get(ConfigFile.BACKUP_DIR));
        Path directory;
        try {
            directory = dir.map(value -> workingDir.resolve(value))
                    .orElseGet(() -> provider.defaultFileName().isPresent()
                            ? Path.of(config.location().value()).toAbsolutePath().getParent().resolve(BESIDE_STORE)
                            : workingDir.resolve(SERVER_DEFAULT));
        } catch (InvalidPathException e) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "backup.dir from " + file.get().origin(ConfigFile.BACKUP_DIR)
                    + " is not a usable path: " + e.getReason());
        }
        long keep = file.flatMap(f -> f.number(KEEP)).orElse(KEEP.fallback());
        return new BackupSettings(directory.toAbsolutePath().normalize(), (int) keep);
    }
}
