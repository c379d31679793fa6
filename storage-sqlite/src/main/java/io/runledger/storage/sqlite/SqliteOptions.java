package io.runledger.storage.sqlite;

import io.runledger.storage.api.ChoiceSetting;
import io.runledger.storage.api.NumberSetting;
import io.runledger.storage.api.StoreOptions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sqlite.SQLiteConfig.SynchronousMode;

/**
 * The SQLite settings: {@code busy_timeout_ms} (how long a statement waits for another writer, default
 * 5000, at most an hour), {@code lock_timeout_ms} (how long {@code migrate} waits for the migration lock,
 * default 10000, at most a day), {@code app_version} (recorded in {@code meta}, default "unknown") and
 * {@code synchronous}: {@code normal} (the default; in WAL mode a committed write survives a crash of the
 * process, and an OS crash or power loss may take the last commits back, never corrupting the file) or
 * {@code full} (every commit is synced: it survives a power loss too, at the cost of one more fsync per
 * commit).
 */
record SqliteOptions(int busyTimeoutMs, long lockTimeoutMs, String appVersion, SynchronousMode synchronous) {
    static final String BUSY_TIMEOUT_MS = "busy_timeout_ms";
    static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";
    static final String SYNCHRONOUS = "synchronous";
    /** The levels {@code synchronous} accepts; lower levels could lose or corrupt committed writes. */
    static final ChoiceSetting SYNCHRONOUS_LEVEL = new ChoiceSetting(SYNCHRONOUS, "normal", List.of("normal", "full"));
    /** What configuration may set; {@code app_version} comes from bootstrap, never from the user. */
    static final Set<String> NAMES = Set.of(BUSY_TIMEOUT_MS, LOCK_TIMEOUT_MS, SYNCHRONOUS);
    static final NumberSetting BUSY_TIMEOUT = new NumberSetting(BUSY_TIMEOUT_MS, 5_000, 1, 3_600_000, "milliseconds");
    static final NumberSetting LOCK_TIMEOUT = new NumberSetting(LOCK_TIMEOUT_MS, 10_000, 1, 86_400_000, "milliseconds");
    /** The numeric options with their ranges. */
    static final List<NumberSetting> NUMBERS = List.of(BUSY_TIMEOUT, LOCK_TIMEOUT);
    /** The options with a closed set of values. */
    static final List<ChoiceSetting> CHOICES = List.of(SYNCHRONOUS_LEVEL);

    static SqliteOptions from(StoreOptions options) {
        return new SqliteOptions(
                (int) options.read(BUSY_TIMEOUT),
                options.read(LOCK_TIMEOUT),
                options.appVersion(),
                SynchronousMode.valueOf(options.read(SYNCHRONOUS_LEVEL).toUpperCase(Locale.ROOT)));
    }
}
