package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's own launcher, {@code ./runledger} (README's first command), runs the packaged CLI:
 * laid out as bench/lib.sh lays out its copy (the launcher, the shared runledger-jvm.sh and
 * app-cli/target with the jars linked, its build stamp newer than every source, so it builds nothing),
 * it reports its version, migrates a SQLite store and shows its status, each through the launch and
 * the JVM defaults it computes. Class-data archives are off ({@code RUNLEDGER_CDS=off}): recording them
 * takes half a minute and changes no behaviour.
 */
@LaunchesPackagedCli
class RepositoryLauncherTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theRepositoryLauncherRunsThePackagedCli() throws Exception {
        Path launcher = layOut(dir.resolve("repository"));

        LaunchedRun version = run(launcher, "--version");
        assertEquals(0, version.exitCode(), version.toString());
        assertTrue(version.out().startsWith("runledger "), version.toString());
        assertEquals("", version.err(), "it built nothing: " + version);

        LaunchedRun migrate = run(launcher, "db", "migrate");
        assertEquals(0, migrate.exitCode(), migrate.toString());
        LaunchedRun status = run(launcher, "db", "status");
        assertEquals(0, status.exitCode(), status.toString());
        assertTrue(status.out().contains("pending         none"), status.toString());
    }

    /** The launcher and what it runs, under {@code root}; returns the launcher. */
    private static Path layOut(Path root) throws IOException {
        Path lib = Files.createDirectories(root.resolve("distribution/src/dist/lib"));
        Files.copy(REPOSITORY.resolve("distribution/src/dist/lib/runledger-jvm.sh"), lib.resolve("runledger-jvm.sh"));
        Path launcher = Files.copy(REPOSITORY.resolve("runledger"), root.resolve("runledger"));
        Path target = Files.createDirectories(root.resolve("app-cli/target"));
        Files.createSymbolicLink(target.resolve("modules"), TARGET.resolve("modules"));
        Files.createSymbolicLink(target.resolve("classpath"), TARGET.resolve("classpath"));
        Path jar = ChildCli.jar();
        Files.createSymbolicLink(target.resolve(jar.getFileName()), jar);
        Files.writeString(target.resolve("runledger.build-stamp"), "");
        return launcher;
    }

    private LaunchedRun run(Path launcher, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("RUNLEDGER_STATE", dir.resolve("state.sqlite").toString());
        builder.environment().put("RUNLEDGER_CDS", "off");
        builder.environment().remove("RUNLEDGER_BACKEND");
        builder.environment().remove("RUNLEDGER_JAVA_OPTS");
        return LaunchedRun.of(builder, "");
    }
}
