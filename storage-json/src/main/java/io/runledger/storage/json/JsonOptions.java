package io.runledger.storage.json;

import io.runledger.storage.api.StoreOptions;
import java.time.Duration;
import java.util.Set;

/**
 * The JSON store's settings: {@code lock_timeout_ms} (how long an open or a migration waits for another
 * writer to let go, default 10000) and {@code compact_after_bytes} (the journal size from which a write
 * triggers a compaction, default 16 MiB; the journal may also grow to the snapshot's size, which keeps
 * compaction's cost per write constant on average).
 */
record JsonOptions(long lockTimeoutMs, long compactAfterBytes) {
    static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";
    static final String COMPACT_AFTER_BYTES = "compact_after_bytes";
    /** What configuration may set (the JSON store does not record the binary's {@code app_version}). */
    static final Set<String> NAMES = Set.of(LOCK_TIMEOUT_MS, COMPACT_AFTER_BYTES);

    static JsonOptions from(StoreOptions options) {
        return new JsonOptions(
                options.durationOption(LOCK_TIMEOUT_MS, Duration.ofMillis(10_000), Duration.ofMillis(Long.MAX_VALUE)).toMillis(),
                options.longOption(COMPACT_AFTER_BYTES, 16L << 20, 1, Long.MAX_VALUE, "bytes"));
    }
}
