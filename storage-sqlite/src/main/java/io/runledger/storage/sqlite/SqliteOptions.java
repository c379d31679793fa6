package io.runledger.storage.sqlite;

import io.runledger.storage.api.StoreOptions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sqlite.SQLiteConfig.SynchronousMode;

/**
 * The SQLite settings: {@code busy_timeout_ms} (how long a statement waits for another writer, default
 * 5000), {@code lock_timeout_ms} (how long {@code migrate} waits for the migration lock, default 10000),
 * {@code app_version} (recorded in {@code meta}, default "unknown") and {@code synchronous}: {@code normal}
 * (the default; in WAL mode a committed write survives a crash of the process, and an OS crash or power
 * loss may take the last commits back, never corrupting the file) or {@code full} (every commit is
 * synced: it survives a power loss too, at the cost of one more fsync per commit).
 */
record SqliteOptions(int busyTimeoutMs, long lockTimeoutMs, String appVersion, SynchronousMode synchronous) {
    static final String BUSY_TIMEOUT_MS = "busy_timeout_ms";
    static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";
    static final String SYNCHRONOUS = "synchronous";
    /** The levels {@code synchronous} accepts; lower levels could lose or corrupt committed writes. */
    static final List<String> SYNCHRONOUS_LEVELS = List.of("normal", "full");
    /** What configuration may set; {@code app_version} comes from bootstrap, never from the user. */
    static final Set<String> NAMES = Set.of(BUSY_TIMEOUT_MS, LOCK_TIMEOUT_MS, SYNCHRONOUS);

    static SqliteOptions from(StoreOptions options) {
        return new SqliteOptions(
                options.intOption(BUSY_TIMEOUT_MS, 5_000, 1, Integer.MAX_VALUE, "milliseconds"),
                options.durationOption(LOCK_TIMEOUT_MS, Duration.ofMillis(10_000), Duration.ofMillis(Long.MAX_VALUE)).toMillis(),
                options.appVersion(),
                SynchronousMode.valueOf(options.choiceOption(SYNCHRONOUS, "normal", SYNCHRONOUS_LEVELS).toUpperCase(Locale.ROOT)));
    }
}
