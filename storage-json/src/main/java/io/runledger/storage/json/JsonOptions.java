package io.runledger.storage.json;

import io.runledger.storage.api.NumberSetting;
import io.runledger.storage.api.StoreOptions;
import java.util.List;
import java.util.Set;

/**
 * The JSON store's settings: {@code lock_timeout_ms} (how long an open or a migration waits for another
 * writer to let go, default 10000, at most a day) and {@code compact_after_bytes} (the journal size from
 * which a write triggers a compaction, default 16 MiB, at most 1 TiB; the journal may also grow to the snapshot's size, which keeps
 * compaction's cost per write constant on average).
 */
record JsonOptions(long lockTimeoutMs, long compactAfterBytes) {
    static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";
    static final String COMPACT_AFTER_BYTES = "compact_after_bytes";
    /** What configuration may set (the JSON store does not record the binary's {@code app_version}). */
    static final Set<String> NAMES = Set.of(LOCK_TIMEOUT_MS, COMPACT_AFTER_BYTES);
    static final NumberSetting LOCK_TIMEOUT = new NumberSetting(LOCK_TIMEOUT_MS, 10_000, 1, 86_400_000, "milliseconds");
    static final NumberSetting COMPACT_AFTER = new NumberSetting(COMPACT_AFTER_BYTES, 16L << 20, 1, 1L << 40, "bytes");
    /** The numeric options with their ranges. */
    static final List<NumberSetting> NUMBERS = List.of(LOCK_TIMEOUT, COMPACT_AFTER);

    static JsonOptions from(StoreOptions options) {
        return new JsonOptions(
                options.read(LOCK_TIMEOUT),
                options.read(COMPACT_AFTER));
    }
}
