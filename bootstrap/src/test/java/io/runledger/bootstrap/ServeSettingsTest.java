package io.runledger.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeSettingsTest {
    private final ConfigResolver resolver = new ConfigResolver(ProviderRegistry.of(List.of(
            FileBackend.named("sqlite", "state.sqlite"))));

    @TempDir
    Path dir;

    private RunledgerConfig config(String fileText) throws IOException {
        Path file = Files.writeString(dir.resolve("runledger.properties"), fileText);
        return resolver.resolve(new ConfigFlags(Optional.empty(), Optional.empty(), Optional.of(file)), Map.of(), dir);
    }

    @Test
    void defaultsAreNoTokensOneMebibyteAndAutomaticMigration() {
        ServeSettings settings = ServeSettings.resolve(resolver.resolve(ConfigFlags.none(), Map.of(), dir), Map.of());

        assertEquals(Optional.empty(), settings.tokens());
        assertEquals(1024 * 1024, settings.maxBodyBytes());
        assertTrue(settings.migrateAuto());
        assertEquals(List.of(), settings.allowedHosts());
        assertEquals(java.time.Duration.ofSeconds(30), settings.idleTimeout());
    }

    @Test
    void allowedHostsAreAListOfNamesInLowerCaseAndAnythingElseIsConfigInvalid() throws IOException {
        assertEquals(List.of("ledger.lan", "[fd00::1]"),
                ServeSettings.resolve(config("http.allowed_hosts=Ledger.LAN, [fd00::1]\n"), Map.of()).allowedHosts());
        RunledgerConfig config = resolver.resolve(ConfigFlags.none(), Map.of(), dir);
        for (String bad : List.of("http://ledger.lan", "ledger.lan:8080", "ledger.lan,", "*.lan", "ledger lan")) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> ServeSettings.resolve(config, Map.of("RUNLEDGER_HTTP_ALLOWED_HOSTS", bad)));
            assertEquals(ReasonCode.CONFIG_INVALID, refused.reason());
            assertTrue(refused.getMessage().contains("http.allowed_hosts from environment RUNLEDGER_HTTP_ALLOWED_HOSTS"),
                    refused.getMessage());
        }
    }

    @Test
    void theConfigFileSetsThemAndTheEnvironmentWins() throws IOException {
        RunledgerConfig config = config("http.tokens=read:from-file\nhttp.max_body_bytes=2048\nmigrate.auto=false\n");

        ServeSettings fromFile = ServeSettings.resolve(config, Map.of());
        ServeSettings fromEnv = ServeSettings.resolve(config, Map.of("RUNLEDGER_TOKENS", "write:from-env",
                "RUNLEDGER_HTTP_MAX_BODY_BYTES", "4096", "RUNLEDGER_MIGRATE_AUTO", "TRUE"));

        assertEquals(Optional.of("read:from-file"), fromFile.tokens());
        assertEquals(config.configFile().orElseThrow() + ": http.tokens", fromFile.tokensOrigin().replace("config file ", ""));
        assertEquals(2048, fromFile.maxBodyBytes());
        assertFalse(fromFile.migrateAuto());
        assertEquals(Optional.of("write:from-env"), fromEnv.tokens());
        assertEquals("environment RUNLEDGER_TOKENS", fromEnv.tokensOrigin());
        assertEquals(4096, fromEnv.maxBodyBytes());
        assertTrue(fromEnv.migrateAuto());
    }

    @Test
    void badValuesAreConfigInvalid() {
        RunledgerConfig config = resolver.resolve(ConfigFlags.none(), Map.of(), dir);
        for (Map<String, String> env : List.of(Map.of("RUNLEDGER_HTTP_MAX_BODY_BYTES", "0"),
                Map.of("RUNLEDGER_HTTP_MAX_BODY_BYTES", "lots"), Map.of("RUNLEDGER_MIGRATE_AUTO", "maybe"))) {
            assertEquals(ReasonCode.CONFIG_INVALID,
                    assertThrows(StoreException.class, () -> ServeSettings.resolve(config, env)).reason());
        }
    }

    @Test
    void theTokensNeverShowInTheTextOfTheSettings() {
        ServeSettings settings = ServeSettings.resolve(resolver.resolve(ConfigFlags.none(), Map.of(), dir),
                Map.of("RUNLEDGER_TOKENS", "admin:very-secret"));

        assertFalse(settings.toString().contains("very-secret"), settings.toString());
    }

    @Test
    void theHealthStatusAgeIsOneSecondByDefaultFromZeroToOneMinuteAndRefusedOutside() throws IOException {
        RunledgerConfig none = resolver.resolve(ConfigFlags.none(), Map.of(), dir);

        assertEquals(1000, ServeSettings.resolve(none, Map.of()).healthMaxAgeMs());
        assertEquals(250, ServeSettings.resolve(config("http.health_max_age_ms=250\n"), Map.of()).healthMaxAgeMs());
        assertEquals(0, ServeSettings.resolve(none, Map.of("RUNLEDGER_HTTP_HEALTH_MAX_AGE_MS", "0")).healthMaxAgeMs());
        assertEquals(60_000, ServeSettings.resolve(none, Map.of("RUNLEDGER_HTTP_HEALTH_MAX_AGE_MS", "60000")).healthMaxAgeMs());
        for (String bad : List.of("-1", "60001", "9223372036854775808", "1s")) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> ServeSettings.resolve(none, Map.of("RUNLEDGER_HTTP_HEALTH_MAX_AGE_MS", bad)));
            assertEquals(ReasonCode.CONFIG_INVALID, refused.reason());
            assertTrue(refused.getMessage().contains("RUNLEDGER_HTTP_HEALTH_MAX_AGE_MS"), refused.getMessage());
        }
    }
}
