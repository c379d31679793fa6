package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Check;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check() shows the per-connection settings the store really runs with, and passes on a sound store. */
class ChecksTest {
    @TempDir
    Path dir;

    @Test
    void pragmasAndIntegrityAreVisibleThroughCheck() {
        Path file = dir.resolve("state.sqlite");
        var spec = Samples.spec(file, Map.of("busy_timeout_ms", "1234"));
        Samples.PROVIDER.admin(spec).migrate(false);
        try (var store = Samples.PROVIDER.open(spec)) {
            store.runs().create(Samples.run("r1"));
        }

        List<Check> checks = Samples.PROVIDER.admin(spec).check();
        Map<String, Check> byName = checks.stream().collect(Collectors.toMap(Check::name, Function.identity()));

        assertTrue(checks.stream().allMatch(Check::ok), checks.toString());
        assertEquals("ok", byName.get("integrity_check").detail());
        assertEquals("no violations", byName.get("foreign_key_check").detail());
        assertEquals("wal", byName.get("journal_mode").detail());
        assertEquals("on", byName.get("foreign_keys").detail());
        assertEquals("normal", byName.get("synchronous").detail());
        assertEquals("1234 ms", byName.get("busy_timeout").detail());
    }

    @Test
    void vacuumKeepsTheContent() {
        Path file = dir.resolve("state.sqlite");
        var spec = Samples.spec(file);
        Samples.PROVIDER.admin(spec).migrate(false);
        try (var store = Samples.PROVIDER.open(spec)) {
            store.runs().create(Samples.run("r1"));
        }

        Samples.PROVIDER.admin(spec).vacuum();

        try (var store = Samples.PROVIDER.open(spec)) {
            assertEquals(Samples.run("r1"), store.runs().find(Samples.run("r1").runId()).orElseThrow());
        }
    }
}
