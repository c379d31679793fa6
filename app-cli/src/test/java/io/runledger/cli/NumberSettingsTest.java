package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.bootstrap.ProviderRegistry;
import io.runledger.bootstrap.ServeSettings;
import io.runledger.storage.api.StorageProvider;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every numeric setting has a documented range (README, docs/HTTP.md), and a value outside it — one
 * below the minimum, one above the maximum, a number that overflows a long, a number in another
 * notation — is {@code config_invalid} (exit 2) naming the setting, the value given and the range,
 * before any store is touched. Backend options are given in the config file, {@code http.*} settings
 * in the environment.
 */
class NumberSettingsTest {
    /** The documented ranges: {name, min, max}. */
    static final List<Object[]> RANGES = List.of(
            new Object[] {"sqlite.busy_timeout_ms", 1L, 3_600_000L},
            new Object[] {"sqlite.lock_timeout_ms", 1L, 86_400_000L},
            new Object[] {"json.lock_timeout_ms", 1L, 86_400_000L},
            new Object[] {"json.compact_after_bytes", 1L, 1L << 40},
            new Object[] {"postgres.pool_size", 1L, 100L},
            new Object[] {"postgres.connect_timeout_ms", 1L, 600_000L},
            new Object[] {"postgres.lock_timeout_ms", 1L, 86_400_000L},
            new Object[] {"postgres.socket_timeout_ms", 1_000L, 3_600_000L},
            new Object[] {"postgres.statement_timeout_ms", 0L, 3_600_000L},
            new Object[] {"postgres.lock_lease_ms", 3_000L, 3_600_000L},
            new Object[] {"http.max_body_bytes", 1L, 1L << 30},
            new Object[] {"http.idle_timeout_ms", 100L, 3_600_000L},
            new Object[] {"http.health_max_age_ms", 0L, 60_000L});

    @TempDir
    Path dir;

    static Stream<Arguments> outOfRange() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] range : RANGES) {
            long min = (long) range[1];
            long max = (long) range[2];
            for (String value : List.of(Long.toString(min - 1), Long.toString(max + 1), Long.toString(Long.MAX_VALUE),
                    BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).toString(), "-9223372036854775809",
                    "99999999999999999999999", "1e3", "0x10", "5000ms")) {
                cases.add(Arguments.of(range[0], value, min, max));
            }
        }
        return cases.stream();
    }

    @Test
    void theTableHoldsEveryNumericSettingWithItsRange() {
        Set<String> declared = new TreeSet<>();
        ProviderRegistry registry = ProviderRegistry.installed();
        for (String id : registry.ids()) {
            StorageProvider provider = registry.provider(id, "test");
            provider.numberSettings().forEach(setting -> declared.add(provider.id() + "." + setting.name()
                    + " " + setting.min() + ".." + setting.max()));
        }
        ServeSettings.NUMBER_SETTINGS.keySet().forEach(setting -> declared.add(setting.name() + " " + setting.min() + ".."
                + setting.max()));
        Set<String> documented = new TreeSet<>();
        RANGES.forEach(range -> documented.add(range[0] + " " + range[1] + ".." + range[2]));

        assertEquals(documented, declared);
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("outOfRange")
    void aValueOutsideTheRangeIsConfigInvalidNamingSettingValueAndRange(String name, String value, long min, long max)
            throws IOException {
        Path state = dir.resolve("store").resolve("s.sqlite");
        Cli.Result result;
        if (name.startsWith("http.")) {
            String env = "RUNLEDGER_" + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
            result = new Cli(dir, Map.of(env, value)).run("--state", state.toString(), "serve", "--port", "0");
        } else {
            Path config = Files.writeString(dir.resolve("runledger.properties"), "state=" + state + "\n" + name + "=" + value + "\n");
            result = new Cli(dir).run("--config", config.toString(), "db", "migrate");
        }

        assertEquals(2, result.exitCode(), result.toString());
        String line = result.err().strip();
        assertTrue(line.endsWith("(reason: config_invalid)"), result.toString());
        String option = name.substring(name.indexOf('.') + 1);
        assertTrue(line.contains(name.startsWith("http.") ? name : name.replace(".", " option ")), result.toString());
        assertTrue(line.contains("'" + value + "'"), result.toString());
        assertTrue(line.contains("from " + min + " to " + max), result.toString());
        assertTrue(!option.isEmpty() && Files.notExists(state), "no store was created: " + result);
    }
}
