package io.runledger.storage.json;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Map;
import java.util.Set;

/**
 * The JSON store's settings from {@code StoreSpec.options()}: {@code lock_timeout_ms} (how long an
 * open or a migration waits for another writer to let go, default 10000) and
 * {@code compact_after_bytes} (the journal size from which a write triggers a compaction, default
 * 16 MiB; the journal may also grow to the snapshot's size, which keeps compaction's cost per write
 * constant on average).
 */
record JsonOptions(long lockTimeoutMs, long compactAfterBytes) {
    static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";
    static final String COMPACT_AFTER_BYTES = "compact_after_bytes";
    /** What configuration may set (the JSON store does not record the binary's {@code app_version}). */
    static final Set<String> NAMES = Set.of(LOCK_TIMEOUT_MS, COMPACT_AFTER_BYTES);

    static JsonOptions from(Map<String, String> options) {
        return new JsonOptions(number(options, LOCK_TIMEOUT_MS, 10_000), number(options, COMPACT_AFTER_BYTES, 16L << 20));
    }

    private static long number(Map<String, String> options, String key, long fallback) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StoreException(ReasonCode.CONFIG_INVALID, "json option " + key + " must be a whole number of at least 1 (got '" + text + "')");
    }
}
