package io.runledger.bootstrap;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings of {@code db migrate} from the config file: {@code migrate.backup} (true or false,
 * default false) makes every migration that has something to apply take a backup first, as
 * {@code --backup} does.
 */
public record MigrateSettings(boolean backup) {
    /** The settings of this configuration, whose config file (if any) is read again. */
    public static MigrateSettings resolve(RunledgerConfig config) {
        Optional<ConfigFile> file = config.configFile().map(ConfigFile::load);
        Optional<String> backup = file.flatMap(f -> f.get(ConfigFile.MIGRATE_BACKUP));
        return new MigrateSettings(backup.map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new StoreException(ReasonCode.CONFIG_INVALID, "migrate.backup from "
                    + file.get().origin(ConfigFile.MIGRATE_BACKUP) + " must be true or false (got \"" + value + "\")");
        }).orElse(false));
    }
}
