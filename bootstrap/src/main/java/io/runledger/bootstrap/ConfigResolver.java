package io.runledger.bootstrap;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves the configuration with the precedence flag &gt; environment &gt; config file &gt; default.
 * The environment is a parameter (the CLI passes {@code System.getenv()}), and relative paths are
 * resolved against the given working directory, so resolution is a pure function of its inputs.
 * Every problem is a {@link ReasonCode#CONFIG_INVALID} saying what to set.
 */
public final class ConfigResolver {
    public static final String ENV_BACKEND = "RUNLEDGER_BACKEND";
    /** The older name of {@link #ENV_BACKEND}, still accepted; {@code RUNLEDGER_BACKEND} wins when both are set. */
    public static final String ENV_BACKEND_ALIAS = "STATE_BACKEND";
    public static final String ENV_STATE = "RUNLEDGER_STATE";
    public static final String ENV_DATA_DIR = "RUNLEDGER_DATA_DIR";
    public static final String ENV_POSTGRES_URL = "RUNLEDGER_POSTGRES_URL";
    public static final String DEFAULT_BACKEND = "sqlite";
    public static final String DEFAULT_DATA_DIR = "runledger-data";
    private static final String POSTGRES = "postgres";

    private final ProviderRegistry registry;

    public ConfigResolver(ProviderRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The configuration these flags, this environment and the config file (if any) describe. */
    public RunledgerConfig resolve(ConfigFlags flags, Map<String, String> env, Path workingDir) {
        Optional<Path> configPath = flags.configFile().map(path -> workingDir.resolve(path).normalize());
        Optional<ConfigFile> file = configPath.map(path -> ConfigFile.load(path).requireKnownKeys(registry));

        Setting backend = normalised(flags.backend().map(value -> new Setting(value, ConfigSource.FLAG, "--backend"))
                .or(() -> fromEnv(env, ENV_BACKEND))
                .or(() -> fromEnv(env, ENV_BACKEND_ALIAS))
                .or(() -> fromFile(file, ConfigFile.BACKEND))
                .orElse(new Setting(DEFAULT_BACKEND, ConfigSource.DEFAULT, "default")));
        StorageProvider provider = registry.provider(backend.value(), backend.provenance());

        Setting dataDir = absolute(fromEnv(env, ENV_DATA_DIR)
                .or(() -> fromFile(file, ConfigFile.DATA_DIR))
                .orElse(new Setting(DEFAULT_DATA_DIR, ConfigSource.DEFAULT, "default")), workingDir);

        Setting location = location(flags, env, file, provider, dataDir, workingDir);
        Map<String, String> options = file.map(f -> f.options(provider.id())).orElse(Map.of());
        return new RunledgerConfig(backend, location, dataDir, options, configPath);
    }

    private static Setting location(ConfigFlags flags, Map<String, String> env, Optional<ConfigFile> file,
                                    StorageProvider provider, Setting dataDir, Path workingDir) {
        Optional<Setting> given = flags.state().map(value -> new Setting(value, ConfigSource.FLAG, "--state"))
                .or(() -> fromEnv(env, ENV_STATE))
                .or(() -> provider.id().equals(POSTGRES) ? fromEnv(env, ENV_POSTGRES_URL) : Optional.empty())
                .or(() -> fromFile(file, ConfigFile.STATE));
        Optional<String> defaultFileName = provider.defaultFileName();
        if (defaultFileName.isEmpty()) {
            // A server backend: the location is a URL, taken as given.
            return given.orElseThrow(() -> new StoreException(ReasonCode.CONFIG_INVALID, "the " + provider.id()
                    + " backend has no default location; " + howToSetLocation(provider.id())));
        }
        return absolute(given.orElseGet(() -> new Setting(
                Path.of(dataDir.value()).resolve(defaultFileName.get()).toString(), ConfigSource.DEFAULT, "default")),
                workingDir);
    }

    private static String howToSetLocation(String backendId) {
        String ways = "pass --state, set " + ENV_STATE + " or the config file key state";
        return backendId.equals(POSTGRES)
                ? "set " + ENV_POSTGRES_URL + " to a JDBC URL (jdbc:postgresql://host/db), or " + ways
                : ways;
    }

    private static Setting normalised(Setting backend) {
        return new Setting(backend.value().trim().toLowerCase(Locale.ROOT), backend.source(), backend.origin());
    }

    private static Setting absolute(Setting path, Path workingDir) {
        try {
            return new Setting(workingDir.resolve(path.value()).toAbsolutePath().normalize().toString(),
                    path.source(), path.origin());
        } catch (InvalidPathException e) {
            throw new StoreException(ReasonCode.CONFIG_INVALID,
                    "invalid path \"" + path.value() + "\" (from " + path.provenance() + "): " + e.getReason());
        }
    }

    /** An environment variable that is set and not blank (an empty variable counts as unset, as in most shells' use). */
    private static Optional<Setting> fromEnv(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name))
                .filter(value -> !value.isBlank())
                .map(value -> new Setting(value.trim(), ConfigSource.ENVIRONMENT, name));
    }

    private static Optional<Setting> fromFile(Optional<ConfigFile> file, String key) {
        return file.flatMap(f -> f.get(key).map(value -> new Setting(value, ConfigSource.CONFIG_FILE, f.origin(key))));
    }
}
