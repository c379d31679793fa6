package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A refused transfer removes the target store it created itself, and never touches one that existed. */
class CreatedTargetRemovalTest {
    @TempDir
    Path dir;

    private Path tamperedExport() {
        List<String> lines = new ArrayList<>(ExportFiles.lines(ExportFiles.sample(dir.resolve("sample.jsonl"))));
        int trailer = lines.size() - 1;
        lines.set(trailer, lines.get(trailer).replaceFirst("sha256:[0-9a-f]{64}", "sha256:" + "ab".repeat(32)));
        return ExportFiles.writeLines(dir.resolve("tampered.jsonl"), lines);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite:new/deeper/b.sqlite", "json:new/deeper/state.json"})
    void aRefusedImportLeavesNoStoreWhereThereWasNone(String target) {
        String backend = target.substring(0, target.indexOf(':'));
        String location = target.substring(target.indexOf(':') + 1);

        Cli.Result result = new Cli(dir).run("--backend", backend, "--state", location, "store", "import",
                "--in", tamperedExport().toString());

        assertEquals(7, result.exitCode(), result.toString());
        assertTrue(result.err().contains("state_migration_hash_mismatch"), result.toString());
        assertFalse(Files.exists(dir.resolve("new")), "the store and the directories made for it are gone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite:b.sqlite", "json:j/state.json"})
    void aRefusedImportIntoAnExistingEmptyStoreLeavesItInPlace(String target) {
        String backend = target.substring(0, target.indexOf(':'));
        String location = target.substring(target.indexOf(':') + 1);
        Cli cli = new Cli(dir);
        assertEquals(0, cli.run("--backend", backend, "--state", location, "db", "migrate").exitCode());

        Cli.Result result = cli.run("--backend", backend, "--state", location, "store", "import",
                "--in", tamperedExport().toString());

        assertEquals(7, result.exitCode(), result.toString());
        assertTrue(Files.exists(dir.resolve(location)), "a store that existed before is never removed");
        Cli.Result hash = cli.run("--backend", backend, "--state", location, "store", "hash");
        assertEquals(ExportFiles.EMPTY_HASH, hash.outLines().get(0), hash.toString());
    }
}
