package io.runledger.bootstrap;

import io.runledger.storage.api.ChoiceSetting;
import io.runledger.storage.api.NumberSetting;
import io.runledger.storage.api.StorageProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every key a config file accepts — the one list that the config file's check ({@code ConfigFile}),
 * {@code runledger --help} and README.md's key table (compared by a test) are made from: Runledger's
 * own settings below, then each installed backend's options as it declares them
 * ({@link StorageProvider#optionNames()}, with their {@link NumberSetting} ranges and
 * {@link ChoiceSetting} choices). A new setting is added here, with the constant its reader uses.
 */
public final class ConfigKeys {
    /** A key this far (in edits) from a known one is taken for a typo of it. */
    private static final int TYPO_DISTANCE = 2;
    private static final ChoiceSetting MIGRATE_AUTO = ChoiceSetting.bool(ConfigFile.MIGRATE_AUTO, true);
    private static final ChoiceSetting MIGRATE_BACKUP = ChoiceSetting.bool(ConfigFile.MIGRATE_BACKUP, false);
    private static final ChoiceSetting METRICS_PUBLIC = ChoiceSetting.bool(ConfigFile.HTTP_METRICS_PUBLIC, false);
    private static final ChoiceSetting ACCESS_LOG = ChoiceSetting.bool(ConfigFile.HTTP_ACCESS_LOG, true);
    private static final ChoiceSetting LOG_FORMAT = new ChoiceSetting(ConfigFile.LOG_FORMAT, LogFormat.TEXT.wireName(),
            Arrays.stream(LogFormat.values()).map(LogFormat::wireName).toList());

    private ConfigKeys() {
    }

    /** Runledger's own settings (not a backend's option); {@code backend} accepts the ids given. */
    static List<ConfigKey> settings(Collection<String> backendIds) {
        Optional<String> none = Optional.empty();
        return List.of(
                new ConfigKey(ConfigFile.BACKEND, Optional.of(ConfigResolver.ENV_BACKEND), String.join(", ", backendIds),
                        ConfigResolver.DEFAULT_BACKEND, "which store; --backend overrides it"),
                new ConfigKey(ConfigFile.STATE, Optional.of(ConfigResolver.ENV_STATE),
                        "a file path (file backends) or a JDBC URL (postgres)", "the backend's file in data_dir",
                        "where the store is; --state overrides it"),
                new ConfigKey(ConfigFile.DATA_DIR, Optional.of(ConfigResolver.ENV_DATA_DIR), "a directory path",
                        ConfigResolver.DEFAULT_DATA_DIR, "where a file backend's default store file goes"),
                new ConfigKey(ConfigFile.HTTP_TOKENS, Optional.of(ServeSettings.ENV_TOKENS),
                        "ROLE:TOKEN,... with the roles read, write, admin", "none",
                        "serve: bearer tokens; without them auth is off and serve answers on loopback only"),
                ConfigKey.number("", ServeSettings.MAX_BODY_BYTES, Optional.of(ServeSettings.ENV_MAX_BODY_BYTES),
                        "serve: the largest request body"),
                new ConfigKey(ConfigFile.HTTP_ALLOWED_HOSTS, Optional.of(ServeSettings.ENV_ALLOWED_HOSTS),
                        "a comma list of host names without scheme or port", "none",
                        "serve: Host names answered besides the loopback ones"),
                ConfigKey.number("", ServeSettings.IDLE_TIMEOUT_MS, Optional.of(ServeSettings.ENV_IDLE_TIMEOUT_MS),
                        "serve: how long a connection may stay silent"),
                ConfigKey.number("", ServeSettings.HEALTH_MAX_AGE_MS, Optional.of(ServeSettings.ENV_HEALTH_MAX_AGE_MS),
                        "serve: how long one read of the store's status answers /health"),
                ConfigKey.choice("", MIGRATE_AUTO, Optional.of(ServeSettings.ENV_MIGRATE_AUTO),
                        "serve: apply pending migrations at start-up"),
                ConfigKey.choice("", METRICS_PUBLIC, Optional.of(ServeSettings.ENV_METRICS_PUBLIC),
                        "serve: GET /metrics without a token (for a scraper on a private network)"),
                ConfigKey.choice("", ACCESS_LOG, Optional.of(ServeSettings.ENV_ACCESS_LOG),
                        "serve: one access log line per request"),
                ConfigKey.choice("", LOG_FORMAT, Optional.of(LogFormat.ENV),
                        "log lines as text or as one JSON object per line"),
                ConfigKey.choice("", MIGRATE_BACKUP, none,
                        "db migrate and serve: back up a store with pending migrations first"),
                new ConfigKey(ConfigFile.BACKUP_DIR, none, "a directory path (relative to the working directory)",
                        BackupSettings.BESIDE_STORE + "/ beside a store file; ./" + BackupSettings.SERVER_DEFAULT
                                + " for postgres", "db backup without FILE, db backups: where rotated backups go"),
                ConfigKey.number("", BackupSettings.KEEP, none, "db backup without FILE: how many newest backups to keep"),
                ConfigKey.number("", AuditSettings.VERIFY_BUDGET_MS, none,
                        "doctor, GET /v1/store/check and serve: how long one check of the audit chain may read"),
                ConfigKey.number("", AuditSettings.VERIFY_MAX_AGE_MS, none,
                        "serve: a GET /v1/store that finds the last check of the audit chain older starts another"));
    }

    /** Every key a config file may hold with these backends installed: the settings, then each backend's options. */
    public static List<ConfigKey> all(ProviderRegistry registry) {
        List<ConfigKey> keys = new ArrayList<>(settings(registry.ids()));
        for (String id : registry.ids()) {
            keys.addAll(options(registry.provider(id, "the provider registry")));
        }
        return List.copyOf(keys);
    }

    /** The names of Runledger's own settings. */
    static Set<String> settingNames() {
        return settings(List.of()).stream().map(ConfigKey::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The known key nearest to {@code unknown}, when it is close enough to be what was meant. */
    static Optional<String> closest(String unknown, Collection<String> known) {
        return known.stream().filter(name -> distance(unknown, name) <= TYPO_DISTANCE)
                .min(Comparator.comparingInt((String name) -> distance(unknown, name)).thenComparing(name -> name));
    }

    private static List<ConfigKey> options(StorageProvider provider) {
        String prefix = provider.id() + ".";
        List<ConfigKey> keys = new ArrayList<>();
        provider.optionNames().stream().sorted().forEach(option -> keys.add(
                provider.numberSettings().stream().filter(setting -> setting.name().equals(option)).findFirst()
                        .map(setting -> ConfigKey.number(prefix, setting, Optional.empty(), ""))
                        .or(() -> provider.choiceSettings().stream().filter(setting -> setting.name().equals(option))
                                .findFirst().map(setting -> ConfigKey.choice(prefix, setting, Optional.empty(), "")))
                        .orElseGet(() -> new ConfigKey(prefix + option, Optional.empty(), "text", "the backend's", ""))));
        return keys;
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
