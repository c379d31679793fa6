package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launch: a child JVM started the way the ./runledger launcher starts it — the packaged jar
 * and target/modules (copied by the dependency plugin at `package`) on the module path,
 * jakarta.transaction-api on the class path, the same JVM flags. It proves the module descriptors,
 * service binding and logging configuration work outside the test harness, and that nothing but
 * results reaches the terminal.
 */
@LaunchesPackagedCli
class ModulePathLaunchTest {
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    Path dir;

    private static Path jar;

    @BeforeAll
    static void packaged() {
        jar = ChildCli.jar();
    }

    @Test
    void doctorOnAMissingStoreThenMigrateThenAppend() throws Exception {
        LaunchedRun doctor = launch("", "--state", "scratch/s.sqlite", "doctor");
        assertEquals(3, doctor.exitCode(), doctor.toString());
        assertTrue(doctor.out().contains("not initialized yet"), doctor.toString());
        assertEquals(1, doctor.err().lines().count(), doctor.toString());
        assertFalse(Files.exists(dir.resolve("scratch")));

        LaunchedRun migrate = launch("", "--state", "scratch/s.sqlite", "db", "migrate");
        assertEquals(0, migrate.exitCode(), migrate.toString());
        assertEquals("", migrate.err(), "no library chatter on the terminal");

        String events = "{\"level\":\"info\",\"scope\":\"it\",\"event\":\"a\",\"message\":\"m\"}\n"
                + "{\"event_id\":\"it-2\",\"level\":\"warn\",\"scope\":\"it\",\"event\":\"b\",\"message\":\"m\"}\n";
        LaunchedRun append = launch(events, "--state", "scratch/s.sqlite", "audit", "append", "--print-ids");
        assertEquals(0, append.exitCode(), append.toString());
        assertEquals("", append.err(), "no library chatter on the terminal");
        List<String> ids = append.out().lines().toList();
        assertEquals(2, ids.size(), append.toString());
        assertEquals("it-2", ids.get(1));

        LaunchedRun doctorAfter = launch("", "--state", "scratch/s.sqlite", "doctor", "--json");
        assertEquals(0, doctorAfter.exitCode(), doctorAfter.toString());
        assertTrue(doctorAfter.out().contains("\"persistence_mode\":\"wal\""), doctorAfter.toString());
    }

    private LaunchedRun launch(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "ALL-MODULE-PATH",
                "-Dorg.jboss.logging.provider=slf4j",
                "-p", TARGET.resolve("modules") + File.pathSeparator + jar,
                "-cp", TARGET.resolve("classpath") + File.separator + "*",
                "-m", "io.runledger.cli/io.runledger.cli.Main"));
        command.addAll(List.of(args));
        return LaunchedRun.of(new ProcessBuilder(command).directory(dir.toFile()), stdin);
    }
}
