package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where db commands find the store without --state: the default location and a config file (the commands: CommandsContract). */
class DbCommandsTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultStoreIsUnderRunledgerDataInTheWorkingDirectory() {
        assertEquals(0, new Cli(dir).run("db", "migrate").exitCode());

        assertTrue(Files.isRegularFile(dir.resolve("runledger-data/state.sqlite")));
    }

    @Test
    void aConfigFileCanNameTheStore() throws Exception {
        Files.writeString(dir.resolve("runledger.properties"), "backend=sqlite\nstate=from-file.sqlite\n");

        Cli.Result result = new Cli(dir).run("--config", "runledger.properties", "db", "migrate");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(Files.isRegularFile(dir.resolve("from-file.sqlite")));
    }
}
