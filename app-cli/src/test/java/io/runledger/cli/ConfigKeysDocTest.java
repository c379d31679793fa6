package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.bootstrap.ConfigKey;
import io.runledger.bootstrap.ConfigKeys;
import io.runledger.bootstrap.ProviderRegistry;
import io.runledger.storage.api.StorageProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help and docs agree with the code: README.md's table of config keys holds exactly the keys the
 * config file accepts ({@link ConfigKeys}: Runledger's settings and every installed backend's options),
 * each with the environment variable, allowed values (a numeric setting's range, a choice's values)
 * and default the code has; {@code runledger --help} lists every key and every backend; and a config
 * file holding every documented key is accepted.
 */
class ConfigKeysDocTest {
    private static final ProviderRegistry REGISTRY = ProviderRegistry.installed();

    @TempDir
    Path dir;

    @Test
    void readmeDocumentsExactlyTheKeysTheConfigFileAcceptsWithTheirValuesAndDefaults() throws Exception {
        Map<String, ConfigKey> accepted = ConfigKeys.all(REGISTRY).stream()
                .collect(Collectors.toMap(ConfigKey::name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        Map<String, ReadmeKeyTable.Row> documented = ReadmeKeyTable.read().rows();
        List<String> problems = new ArrayList<>();

        accepted.values().stream().filter(key -> !documented.containsKey(key.name())).forEach(key -> problems.add(
                "README.md's table of config keys (## Configuration) has no row for " + key.name()
                        + "; add this row (say in the last cell what it sets):\n" + ReadmeKeyTable.rowFor(key)));
        documented.keySet().stream().filter(name -> !accepted.containsKey(name)).forEach(name -> problems.add(
                "README.md documents the config key " + name + ", which the config file does not accept: remove the row, "
                        + "or add the key to io.runledger.bootstrap.ConfigKeys (or to its backend's declared options)"));
        accepted.values().stream().filter(key -> documented.containsKey(key.name())).forEach(key -> {
            ReadmeKeyTable.Row row = documented.get(key.name());
            if (!ReadmeKeyTable.environment(row).equals(key.environment()) || !row.allowed().equals(key.allowed())
                    || !row.fallback().equals(key.fallback().replace("`", ""))) {
                problems.add("README.md's row for " + key.name() + " differs from the code (environment variable, allowed "
                        + "values or default); the code says:\n" + ReadmeKeyTable.rowFor(key) + "\nREADME.md says:\n" + row);
            }
        });

        assertEquals("", String.join("\n\n", problems));
    }

    @Test
    void everyBackendOptionDeclaresItsRangeOrChoices() {
        for (String id : REGISTRY.ids()) {
            StorageProvider provider = REGISTRY.provider(id, "test");
            for (String option : provider.optionNames()) {
                assertTrue(provider.numberSettings().stream().anyMatch(setting -> setting.name().equals(option))
                        || provider.choiceSettings().stream().anyMatch(setting -> setting.name().equals(option)),
                        id + "." + option + " has neither a NumberSetting nor a ChoiceSetting, so no documented range");
            }
        }
    }

    @Test
    void helpListsEveryBackendAndEveryConfigKey() {
        Cli.Result help = new Cli(dir).run("--help");

        assertEquals(0, help.exitCode(), help.toString());
        String backendIds = String.join(", ", REGISTRY.ids());
        assertEquals(List.of("json, postgres, sqlite"), List.of(backendIds), "three backends are installed");
        assertTrue(help.out().contains("Storage backend, one of: " + backendIds), help.toString());
        for (ConfigKey key : ConfigKeys.all(REGISTRY)) {
            assertTrue(help.out().lines().anyMatch(line -> line.startsWith("  " + key.name() + " ")
                    && line.contains(key.allowed() + " (default " + key.fallback() + ")")), key + " in\n" + help.out());
        }
    }

    @Test
    void aConfigFileHoldingEveryDocumentedKeyIsAccepted() throws Exception {
        StringBuilder config = new StringBuilder();
        for (ReadmeKeyTable.Row row : ReadmeKeyTable.read().rows().values()) {
            boolean typed = row.allowed().matches("-?\\d+ to \\d+ .*") || List.of(row.allowed().split(", ")).contains(row.fallback());
            String value = row.key().equals("state") ? dir.resolve("store/s.sqlite").toString() : typed ? row.fallback() : "x";
            config.append(row.key()).append('=').append(value).append('\n');
        }
        Path file = Files.writeString(dir.resolve("every-key.properties"), config);

        Cli.Result doctor = new Cli(dir).run("--config", file.toString(), "doctor");

        assertEquals(3, doctor.exitCode(), "accepted, then the store is not initialized yet:\n" + config + doctor);
    }
}
