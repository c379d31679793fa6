package io.runledger.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class ConfigResolverTest {
    private final ConfigResolver resolver = new ConfigResolver(registry());

    @TempDir
    Path dir;

    @Test
    void defaultsAreSqliteUnderTheDataDirectoryOfTheWorkingDirectory() {
        RunledgerConfig config = resolver.resolve(ConfigFlags.none(), Map.of(), dir);

        assertEquals(new Setting("sqlite", ConfigSource.DEFAULT, "default"), config.backend());
        assertEquals(dir.resolve("runledger-data").resolve("state.sqlite").toString(), config.location().value());
        assertEquals(ConfigSource.DEFAULT, config.location().source());
        assertEquals(dir.resolve("runledger-data").toString(), config.dataDir().value());
        assertEquals(Map.of(), config.options());
    }

    @Test
    void theDefaultLocationFollowsTheBackend() {
        RunledgerConfig config = resolver.resolve(flags("json", null, null), Map.of(), dir);

        assertEquals(dir.resolve("runledger-data/state.json").toString(), config.location().value());
    }

    @Test
    void configFileBeatsDefaults() throws IOException {
        Path file = configFile("backend=json\nstate=from-file.json\ndata_dir=files\n");

        RunledgerConfig config = resolver.resolve(flags(null, null, file), Map.of(), dir);

        assertEquals("json", config.backend().value());
        assertEquals(ConfigSource.CONFIG_FILE, config.backend().source());
        assertEquals(file + ": backend", config.backend().origin());
        assertEquals(dir.resolve("from-file.json").toString(), config.location().value());
        assertEquals(dir.resolve("files").toString(), config.dataDir().value());
    }

    @Test
    void environmentBeatsConfigFile() throws IOException {
        Path file = configFile("backend=json\nstate=from-file.json\ndata_dir=files\n");
        Map<String, String> env = Map.of("RUNLEDGER_BACKEND", "sqlite", "RUNLEDGER_STATE", "from-env.sqlite",
                "RUNLEDGER_DATA_DIR", "env-data");

        RunledgerConfig config = resolver.resolve(flags(null, null, file), env, dir);

        assertEquals(new Setting("sqlite", ConfigSource.ENVIRONMENT, "RUNLEDGER_BACKEND"), config.backend());
        assertEquals(new Setting(dir.resolve("from-env.sqlite").toString(), ConfigSource.ENVIRONMENT,
                "RUNLEDGER_STATE"), config.location());
        assertEquals(dir.resolve("env-data").toString(), config.dataDir().value());
    }

    @Test
    void flagBeatsEnvironment() {
        Map<String, String> env = Map.of("RUNLEDGER_BACKEND", "json", "RUNLEDGER_STATE", "from-env.json");

        RunledgerConfig config = resolver.resolve(flags("sqlite", "flag.sqlite", null), env, dir);

        assertEquals(new Setting("sqlite", ConfigSource.FLAG, "--backend"), config.backend());
        assertEquals(new Setting(dir.resolve("flag.sqlite").toString(), ConfigSource.FLAG, "--state"),
                config.location());
    }

    @Test
    void stateBackendIsAnAliasAndRunledgerBackendWinsOverIt() {
        assertEquals(new Setting("json", ConfigSource.ENVIRONMENT, "STATE_BACKEND"),
                resolver.resolve(ConfigFlags.none(), Map.of("STATE_BACKEND", "json"), dir).backend());
        assertEquals("sqlite", resolver.resolve(ConfigFlags.none(),
                Map.of("STATE_BACKEND", "json", "RUNLEDGER_BACKEND", "sqlite"), dir).backend().value());
    }

    @Test
    void blankEnvironmentVariablesCountAsUnset() {
        RunledgerConfig config = resolver.resolve(ConfigFlags.none(), Map.of("RUNLEDGER_BACKEND", " "), dir);

        assertEquals(ConfigSource.DEFAULT, config.backend().source());
    }

    @Test
    void theDataDirectoryMovesTheDefaultLocation() {
        RunledgerConfig config = resolver.resolve(ConfigFlags.none(), Map.of("RUNLEDGER_DATA_DIR", "/srv/ledger"), dir);

        assertEquals("/srv/ledger/state.sqlite", config.location().value());
    }

    @Test
    void anUnknownBackendIsRefusedListingTheAvailableOnes() {
        StoreException e = assertThrows(StoreException.class,
                () -> resolver.resolve(ConfigFlags.none(), Map.of("RUNLEDGER_BACKEND", "mongo"), dir));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains("\"mongo\""), e.getMessage());
        assertTrue(e.getMessage().contains("RUNLEDGER_BACKEND"), e.getMessage());
        assertTrue(e.getMessage().contains("available: json, postgres, sqlite"), e.getMessage());
    }

    @Test
    void aMissingConfigFileIsRefusedNamingIt() {
        StoreException e = assertThrows(StoreException.class,
                () -> resolver.resolve(flags(null, null, Path.of("nope.properties")), Map.of(), dir));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains(dir.resolve("nope.properties").toString()), e.getMessage());
    }

    @Test
    void anUnknownConfigKeyIsRefusedNamingFileAndKey() throws IOException {
        Path file = configFile("backend=sqlite\nbakend=json\n");

        StoreException e = assertThrows(StoreException.class,
                () -> resolver.resolve(flags(null, null, file), Map.of(), dir));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("\"bakend\""), e.getMessage());
        assertTrue(e.getMessage().contains("(did you mean \"backend\"?)"), e.getMessage());
    }

    @Test
    void anUnknownKeyFarFromEveryKnownOneIsRefusedWithoutAGuess() throws IOException {
        Path file = configFile("colour=blue\n");

        StoreException e = assertThrows(StoreException.class, () -> resolver.resolve(flags(null, null, file), Map.of(), dir));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains("\"colour\"") && !e.getMessage().contains("did you mean"), e.getMessage());
        assertTrue(e.getMessage().contains("runledger --help"), e.getMessage());
    }

    @Test
    void backendOptionsComeFromTheConfigFileForTheChosenBackendOnly() throws IOException {
        Path file = configFile("sqlite.busy_timeout_ms=250\njson.lock_timeout_ms=5\n");

        RunledgerConfig config = resolver.resolve(flags(null, null, file), Map.of(), dir);

        assertEquals(Map.of("busy_timeout_ms", "250"), config.options());
        assertEquals("250", config.spec().options().get("busy_timeout_ms"));
        assertTrue(config.spec().options().containsKey(RunledgerConfig.APP_VERSION_OPTION));
    }

    @Test
    void aMisspeltBackendOptionIsRefusedNamingItAndTheBackendsKnownOptions() throws IOException {
        Path file = configFile("backend=sqlite\nsqlite.busy_timout_ms=250\n");

        StoreException e = assertThrows(StoreException.class, () -> resolver.resolve(flags(null, null, file), Map.of(), dir));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("\"sqlite.busy_timout_ms\""),
                e.getMessage());
        assertTrue(e.getMessage().contains("known options of the sqlite backend: sqlite.busy_timeout_ms, sqlite.lock_timeout_ms"),
                e.getMessage());
        assertTrue(e.getMessage().contains("(did you mean \"sqlite.busy_timeout_ms\"?)"), e.getMessage());
    }

    @Test
    void anUnknownOptionOfABackendNotSelectedIsRefusedToo() throws IOException {
        Path file = configFile("backend=sqlite\njson.fsync=always\n");

        StoreException e = assertThrows(StoreException.class, () -> resolver.resolve(flags(null, null, file), Map.of(), dir));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains("\"json.fsync\"") && e.getMessage().contains("json backend"), e.getMessage());
    }

    @Test
    void theAppVersionRunledgerPassesItselfCannotBeConfigured() throws IOException {
        Path file = configFile("sqlite.app_version=9.9\n");

        StoreException e = assertThrows(StoreException.class, () -> resolver.resolve(flags(null, null, file), Map.of(), dir));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains("\"sqlite.app_version\"") && e.getMessage().contains("Runledger sets itself"),
                e.getMessage());
    }

    @Test
    void aStoreAddressOfStoreMigrateChecksTheConfigFilesOptionsToo() throws IOException {
        Path file = configFile("json.lock_timeout=5\n");

        StoreException e = assertThrows(StoreException.class, () -> StoreAddress.parse("json:b.json", "--to")
                .resolve(registry(), Optional.of(file), dir));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains("\"json.lock_timeout\""), e.getMessage());
    }

    @Test
    void postgresWithoutALocationSaysWhatToSet() {
        StoreException e = assertThrows(StoreException.class,
                () -> resolver.resolve(flags("postgres", null, null), Map.of(), dir));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains("RUNLEDGER_POSTGRES_URL"), e.getMessage());
    }

    @Test
    void postgresTakesItsUrlFromTheEnvironmentAsGiven() {
        String url = "jdbc:postgresql://db.example/ledger?user=app&password=s3cret";

        RunledgerConfig config = resolver.resolve(flags("postgres", null, null),
                Map.of("RUNLEDGER_POSTGRES_URL", url), dir);

        assertEquals(url, config.location().value());
        assertEquals("jdbc:postgresql://db.example/ledger?user=app&password=***", config.displayLocation());
    }

    private static ProviderRegistry registry() {
        return ProviderRegistry.of(List.of(FileBackend.named("sqlite", "state.sqlite"), FileBackend.named("json", "state.json"),
                FileBackend.server("postgres")));
    }

    private Path configFile(String text) throws IOException {
        return Files.writeString(dir.resolve("runledger.properties"), text);
    }

    private static ConfigFlags flags(String backend, String state, Path configFile) {
        return new ConfigFlags(Optional.ofNullable(backend), Optional.ofNullable(state), Optional.ofNullable(configFile));
    }
}
