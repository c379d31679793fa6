package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What doctor says about where its configuration came from. (Doctor on every backend: CommandsContract.) */
class DoctorTest {
    @TempDir
    Path dir;

    @Test
    void doctorTextSaysWhereTheConfigurationCameFrom() {
        Cli.Result result = new Cli(dir, Map.of("RUNLEDGER_STATE", "env.sqlite")).run("doctor");

        assertTrue(result.out().contains("sqlite (default)"), result.toString());
        assertTrue(result.out().contains(dir.resolve("env.sqlite") + " (environment RUNLEDGER_STATE)"), result.toString());
    }

    static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
