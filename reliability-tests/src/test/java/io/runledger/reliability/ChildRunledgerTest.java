package io.runledger.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher the suites rely on starts the packaged CLI and reports its exit code and output. */
class ChildRunledgerTest {
    @TempDir
    Path dir;

    @Test
    void aChildRunledgerReportsAMissingStoreAsNotInitialized() {
        ChildRunledger.Result result = ChildRunledger.run(dir, Map.of(), "--state", "missing.sqlite", "doctor");

        assertEquals(3, result.exitCode(), result.output());
        assertTrue(result.output().contains("store_not_initialized"), result.output());
    }
}
