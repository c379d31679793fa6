package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config file accepts only the keys of the key table: a typo of a known key is {@code config_invalid}
 * naming the key it likely meant, and a backend option's value is checked against its declared
 * choices for every backend, the selected one or not, before any store is touched.
 */
class ConfigFileKeysTest {
    @TempDir
    Path dir;

    @Test
    void aTypoOfAKnownKeyIsRefusedNamingTheKeyItLikelyMeant() throws Exception {
        Cli.Result result = migrateWith("htp.tokens=read:secret\n");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("unknown key \"htp.tokens\" (did you mean \"http.tokens\"?)")
                && result.err().strip().endsWith("(reason: config_invalid)"), result.toString());
        assertNothingCreated();
    }

    @Test
    void aValueOutsideAnOptionsChoicesIsRefusedForABackendNotSelectedToo() throws Exception {
        Cli.Result result = migrateWith("backend=json\nsqlite.synchronous=off\n");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("sqlite option synchronous") && result.err().contains("must be one of normal, full (got 'off')")
                && result.err().strip().endsWith("(reason: config_invalid)"), result.toString());
        assertNothingCreated();
    }

    private Cli.Result migrateWith(String keys) throws Exception {
        Path config = Files.writeString(dir.resolve("runledger.properties"), "state=" + dir.resolve("store/s") + "\n" + keys);
        return new Cli(dir).run("--config", config.toString(), "db", "migrate");
    }

    private void assertNothingCreated() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing beside the config file");
        }
    }
}
