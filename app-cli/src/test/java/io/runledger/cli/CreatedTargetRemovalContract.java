package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refused transfer removes the target store it created itself, and never touches one that existed. */
abstract class CreatedTargetRemovalContract extends CliContract {
    private Path tamperedExport() {
        List<String> lines = new ArrayList<>(ExportFiles.lines(ExportFiles.sample(dir.resolve("sample.jsonl"))));
        int trailer = lines.size() - 1;
        lines.set(trailer, lines.get(trailer).replaceFirst("sha256:[0-9a-f]{64}", "sha256:" + "ab".repeat(32)));
        return ExportFiles.writeLines(dir.resolve("tampered.jsonl"), lines);
    }

    @Test
    void aRefusedImportLeavesNoStoreWhereThereWasNone() {
        String location = backend.freshLocation();

        Cli.Result result = on(location, "store", "import", "--in", tamperedExport().toString());

        assertEquals(7, result.exitCode(), result.toString());
        assertTrue(result.err().contains("state_migration_hash_mismatch"), result.toString());
        assertFalse(backend.storeExists(location), "the store and the directories made for it are gone");
    }

    @Test
    void aRefusedImportIntoAnExistingEmptyStoreLeavesItInPlace() {
        String location = migratedStore();

        Cli.Result result = on(location, "store", "import", "--in", tamperedExport().toString());

        assertEquals(7, result.exitCode(), result.toString());
        assertTrue(backend.storeExists(location), "a store that existed before is never removed");
        Cli.Result hash = on(location, "store", "hash");
        assertEquals(ExportFiles.EMPTY_HASH, hash.outLines().get(0), hash.toString());
    }
}
