package io.runledger.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 10, from the source: the apps name no backend id, store file or id alphabet; and the scan can fail. */
class AppSourceScanTest {
    /** The reactor's root: set by the build, or the parent of this module when run from an IDE. */
    private static Path root() {
        String configured = System.getProperty("runledger.root");
        return configured != null ? Path.of(configured) : Path.of("..");
    }

    @Test
    void theAppsNameNoBackendIdStoreFileOrIdAlphabet() {
        List<Path> apps = List.of(root().resolve("app-cli/src/main/java"), root().resolve("app-http/src/main/java"));

        assertEquals(List.of(), AppSourceScan.findings(apps));
    }

    @Test
    void theScanFindsAStandaloneBackendFactAndLeavesProseAlone() {
        assertEquals(List.of("sqlite"), AppSourceScan.forbiddenLiterals("if (backend.equals(\"sqlite\")) {"));
        assertEquals(List.of("-wal", "-shm"), AppSourceScan.forbiddenLiterals("delete(name + \"-wal\", name + \"-shm\");"));
        assertEquals(List.of("[A-Za-z0-9._:-]{1,128}"),
                AppSourceScan.forbiddenLiterals("Pattern.compile(\"[A-Za-z0-9._:-]{1,128}\");"));
        assertEquals(List.of(), AppSourceScan.forbiddenLiterals("\"--from json:./a/state.json --to sqlite:./b.sqlite\""));
        assertEquals(List.of(), AppSourceScan.forbiddenLiterals("say(\"a \\\"sqlite\\\" store\");"));
    }
}
