package io.runledger.bootstrap;

import io.runledger.storage.api.NumberSetting;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * A configuration file in Java properties format (UTF-8): Runledger's settings ({@link ConfigKeys}
 * lists them) and backend options as {@code <backend>.<option>}, e.g.
 * {@code sqlite.busy_timeout_ms=5000}. Any other key is refused, so a typo cannot pass silently: an
 * option must be one its backend declares ({@link StorageProvider#optionNames()}), whichever backend
 * is selected, and {@code app_version} is never one (Runledger passes its own version).
 */
final class ConfigFile {
    static final String BACKEND = "backend";
    static final String STATE = "state";
    static final String DATA_DIR = "data_dir";
    static final String HTTP_TOKENS = "http.tokens";
    static final String HTTP_MAX_BODY_BYTES = "http.max_body_bytes";
    static final String HTTP_ALLOWED_HOSTS = "http.allowed_hosts";
    static final String HTTP_IDLE_TIMEOUT_MS = "http.idle_timeout_ms";
    static final String HTTP_HEALTH_MAX_AGE_MS = "http.health_max_age_ms";
    static final String HTTP_METRICS_PUBLIC = "http.metrics_public";
    static final String HTTP_ACCESS_LOG = "http.access_log";
    static final String LOG_FORMAT = "log.format";
    static final String MIGRATE_AUTO = "migrate.auto";
    static final String MIGRATE_BACKUP = "migrate.backup";
    static final String BACKUP_DIR = "backup.dir";
    static final String BACKUP_KEEP = "backup.keep";
    static final String AUDIT_VERIFY_BUDGET_MS = "audit.verify_budget_ms";
    static final String AUDIT_VERIFY_MAX_AGE_MS = "audit.verify_max_age_ms";
    /** Runledger's own keys; every key with its values and default is listed once, in {@link ConfigKeys}. */
    private static final Set<String> KEYS = ConfigKeys.settingNames();

    private final Path path;
    private final Map<String, String> values;

    private ConfigFile(Path path, Map<String, String> values) {
        this.path = path;
        this.values = values;
    }

    /** Reads the file; raises {@link ReasonCode#CONFIG_INVALID} naming it when it is missing or unreadable. */
    static ConfigFile load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw invalid(path, "does not exist or is not a regular file");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw invalid(path, "cannot be read: " + e.getMessage());
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).trim()));
        return new ConfigFile(path, values);
    }

    /**
     * Refuses any key that is neither a known setting nor an option its backend declares, naming the
     * key, the known key it is likely a typo of, and where every key is listed.
     */
    ConfigFile requireKnownKeys(ProviderRegistry registry) {
        Collection<String> backendIds = registry.ids();
        values.forEach((key, value) -> {
            if (!KEYS.contains(key) && !isBackendOption(key, backendIds)) {
                List<String> known = ConfigKeys.all(registry).stream().map(ConfigKey::name).toList();
                throw invalid(path, "has unknown key \"" + key + "\"" + didYouMean(key, known)
                        + "; every key is listed by runledger --help and in README.md (Configuration)");
            }
            if (!KEYS.contains(key)) {
                requireDeclaredOption(key, registry);
            }
            if (value.isEmpty()) {
                throw invalid(path, "has an empty value for key \"" + key + "\"");
            }
            if (key.equals(BACKUP_KEEP)) {
                // Checked here like every number, so a bad one fails before any store is touched.
                BackupSettings.KEEP.parse(BACKUP_KEEP + " in " + path, value);
            }
        });
        return this;
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value of a whole-number setting in this file, range-checked (refused as {@code config_invalid} naming the key's origin). */
    Optional<Long> number(NumberSetting setting) {
        return get(setting.name()).map(value -> setting.parse(setting.name() + " from " + origin(setting.name()), value));
    }

    /** The options of one backend, without their {@code <backend>.} prefix. */
    Map<String, String> options(String backendId) {
        String prefix = backendId + ".";
        Map<String, String> options = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                options.put(key.substring(prefix.length()), value);
            }
        });
        return options;
    }

    /** How a key of this file is named in diagnostics, e.g. {@code /etc/runledger.properties: state}. */
    String origin(String key) {
        return path + ": " + key;
    }

    private void requireDeclaredOption(String key, ProviderRegistry registry) {
        int dot = key.indexOf('.');
        String backendId = key.substring(0, dot);
        String option = key.substring(dot + 1);
        if (option.equals(RunledgerConfig.APP_VERSION_OPTION)) {
            // Bootstrap passes the binary's own version under this name; a configured one would be overwritten.
            throw invalid(path, "sets \"" + key + "\", which Runledger sets itself (this binary's version); remove it");
        }
        StorageProvider provider = registry.provider(backendId, origin(key));
        Set<String> declared = provider.optionNames();
        if (!declared.contains(option)) {
            String known = declared.isEmpty() ? "the " + backendId + " backend has no options"
                    : "known options of the " + backendId + " backend: " + String.join(", ",
                    declared.stream().sorted().map(name -> backendId + "." + name).toList());
            throw invalid(path, "has unknown option \"" + key + "\"" + didYouMean(key,
                    declared.stream().map(name -> backendId + "." + name).toList()) + "; " + known);
        }
        // Ranges and choices are checked here, for every backend's options, so a bad one fails before any store is touched.
        String subject = backendId + " option " + option + " in " + path;
        provider.numberSettings().stream().filter(setting -> setting.name().equals(option)).forEach(setting ->
                setting.parse(subject, values.get(key)));
        provider.choiceSettings().stream().filter(setting -> setting.name().equals(option)).forEach(setting ->
                setting.parse(subject, values.get(key)));
    }

    private static String didYouMean(String key, Collection<String> known) {
        return ConfigKeys.closest(key, known).map(name -> " (did you mean \"" + name + "\"?)").orElse("");
    }

    private static boolean isBackendOption(String key, Collection<String> backendIds) {
        int dot = key.indexOf('.');
        return dot > 0 && dot < key.length() - 1 && backendIds.contains(key.substring(0, dot));
    }

    private static StoreException invalid(Path path, String problem) {
        return new StoreException(ReasonCode.CONFIG_INVALID, "config file " + path + " " + problem);
    }
}
