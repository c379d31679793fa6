package io.runledger.bootstrap;

import io.runledger.storage.api.NumberSetting;
import java.time.Duration;
import java.util.Optional;

/**
 * How much the checks of the audit chain that run without being asked for by name may read, from the
 * config file (docs/AUDIT_CHAIN.md, "Checks that run by themselves"): {@code audit.verify_budget_ms},
 * how long one check by {@code doctor} (its {@code --chain-budget-ms} overrides it), {@code GET
 * /v1/store/check} and the server's own verification may read (default 2000; 0 still reads one page of
 * 1,000 events), and {@code audit.verify_max_age_ms}, how old the server's last verification may be
 * before a {@code GET /v1/store} starts another in the background (default 60000; 0: every such request
 * starts one unless one is running). {@code audit verify} is never bounded.
 */
public record AuditSettings(Duration verifyBudget, Duration verifyMaxAge) {
    /** How long one bounded check of the audit chain may read. */
    public static final NumberSetting VERIFY_BUDGET_MS =
            new NumberSetting(ConfigFile.AUDIT_VERIFY_BUDGET_MS, 2_000, 0, 3_600_000, "milliseconds");
    /** How old the server's last verification may be before a {@code GET /v1/store} starts another. */
    public static final NumberSetting VERIFY_MAX_AGE_MS =
            new NumberSetting(ConfigFile.AUDIT_VERIFY_MAX_AGE_MS, 60_000, 0, 86_400_000, "milliseconds");
    /** The defaults. */
    public static final AuditSettings DEFAULTS = new AuditSettings(Duration.ofMillis(VERIFY_BUDGET_MS.fallback()),
            Duration.ofMillis(VERIFY_MAX_AGE_MS.fallback()));

    /** The settings of this configuration, whose config file (if any) is read again. */
    public static AuditSettings resolve(RunledgerConfig config) {
        Optional<ConfigFile> file = config.configFile().map(ConfigFile::load);
        return new AuditSettings(Duration.ofMillis(file.flatMap(f -> f.number(VERIFY_BUDGET_MS)).orElse(VERIFY_BUDGET_MS.fallback())),
                Duration.ofMillis(file.flatMap(f -> f.number(VERIFY_MAX_AGE_MS)).orElse(VERIFY_MAX_AGE_MS.fallback())));
    }
}
