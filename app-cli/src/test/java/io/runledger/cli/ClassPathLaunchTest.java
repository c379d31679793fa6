package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launch both launchers give every command: the shared
 * distribution/src/dist/lib/runledger-jvm.sh builds the java command line from the packaged jar and
 * target/modules, which puts them on the class path. Each short command runs there as it does on the
 * module path: the providers and the logging configuration are found through META-INF/services, only
 * results reach standard output, nothing but the command's own line reaches standard error.
 */
@LaunchesPackagedCli
class ClassPathLaunchTest {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    /** The java running the tests, which runs the launched commands too. */
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Path JVM_SCRIPT = Path.of("..", "distribution", "src", "dist", "lib", "runledger-jvm.sh")
            .toAbsolutePath().normalize();
    /** Sources the launchers' shared script, then runs the CLI as they do: "$0" module path, "$1" class path. */
    private static final String LAUNCH = "source \"$RUNLEDGER_JVM_SCRIPT\"; module_path=\"$0\"; class_path=\"$1\"; shift;"
            + " runledger_set_jvm_defaults \"$@\"; runledger_set_launch \"$module_path\" \"$class_path\";";

    @TempDir
    Path dir;

    private static Path jar;

    @BeforeAll
    static void packaged() {
        assertTrue(Files.isRegularFile(JVM_SCRIPT), JVM_SCRIPT + " exists");
        jar = ChildCli.jar();
    }

    @Test
    void everyCommandRunsOnTheClassPath() throws Exception {
        for (String command : List.of("doctor", "db status", "run start", "step finish r s", "audit append", "store hash",
                "serve --port 0", "--state serve serve")) {
            List<String> launch = launchOptions(command.split(" "));
            assertFalse(launch.contains("-p") || launch.contains("-m"), command + ": " + launch);
            assertEquals("io.runledger.cli.Main", launch.get(launch.size() - 1), command + ": " + launch);
        }
    }

    /**
     * The JVM defaults are chosen per command (docs/PERFORMANCE.md): short commands on C1 only, the
     * bulk moves (store commands, db restore, db backup, db backups) with the full JIT, C2 kept for the
     * hottest methods and inlining only small compiled ones, {@code audit verify} with the full JIT and
     * a large young generation; RUNLEDGER_JAVA_OPTS comes after them, so it wins.
     */
    @Test
    void eachCommandGetsTheJvmDefaultsMeasuredForIt() throws Exception {
        for (String command : List.of("db status", "doctor", "run start", "audit append")) {
            List<String> jvm = jvmOptions(command.split(" "));
            assertTrue(jvm.contains("-XX:TieredStopAtLevel=1") && jvm.stream().noneMatch(o -> o.startsWith("-XX:Tier4")),
                    command + ": " + jvm);
        }
        for (String command : List.of("store migrate", "store import", "store export", "--state x.sqlite store hash",
                "db restore export.jsonl", "db backup copy.sqlite", "db backups")) {
            List<String> jvm = jvmOptions(command.split(" "));
            assertTrue(jvm.contains("-XX:Tier4InvocationThreshold=20000") && jvm.contains("-XX:InlineSmallCode=1000")
                    && !jvm.contains("-XX:TieredStopAtLevel=1"), command + ": " + jvm);
        }
        List<String> verify = jvmOptions("audit", "verify");
        assertTrue(verify.contains("-Xmn48m") && !verify.contains("-XX:TieredStopAtLevel=1"), verify.toString());
    }

    /** JVM warnings go to standard output, where they would corrupt a command's result (e.g. {@code --json}). */
    @Test
    void noCommandsJvmDefaultsMakeTheJvmWarn() throws Exception {
        for (String command : List.of("db status", "store export", "db restore export.jsonl", "audit verify", "serve")) {
            LaunchedRun version = bash("", LAUNCH + " exec \"" + JAVA + "\" \"${runledger_jvm[@]}\" -version", command.split(" "));
            assertEquals(0, version.exitCode(), command + ": " + version);
            assertEquals("", version.out(), command + ": " + version);
            assertFalse(version.err().contains("warning"), command + ": " + version);
        }
    }

    @Test
    void theShortCommandsRecordARunItsStepAndAnEventOnTheClassPath() throws Exception {
        LaunchedRun doctor = run("", "doctor");
        assertEquals(3, doctor.exitCode(), doctor.toString());
        assertTrue(doctor.out().contains("not initialized yet"), doctor.toString());
        assertEquals(1, doctor.err().lines().count(), doctor.toString());

        assertQuiet(run("", "db", "migrate"));
        LaunchedRun status = assertQuiet(run("", "db", "status"));
        assertTrue(status.out().contains("pending         none"), status.toString());

        LaunchedRun start = assertQuiet(run("", "run", "start", "--label", "ci=yes"));
        String runId = start.out().strip();
        assertEquals(1, start.out().lines().count(), start.toString());
        assertEquals("build", assertQuiet(run("", "step", "start", runId, "build")).out().strip());
        LaunchedRun finish = assertQuiet(run("", "step", "finish", runId, "build", "--status", "succeeded", "--json"));
        assertTrue(finish.out().contains("\"status\":\"succeeded\""), finish.toString());

        String event = "{\"event_id\":\"cp-1\",\"run_id\":\"" + runId + "\",\"level\":\"info\",\"scope\":\"ci\","
                + "\"event\":\"built\",\"message\":\"m\"}\n";
        assertEquals("cp-1", assertQuiet(run(event, "audit", "append", "--print-ids")).out().strip());

        LaunchedRun checked = assertQuiet(run("", "doctor", "--json"));
        assertTrue(checked.out().contains("\"ok\":true") && checked.out().contains("verified 1..1 of 1"), checked.toString());
        // audit verify runs with JVM defaults of its own: they must not make the JVM itself warn on the terminal
        assertTrue(assertQuiet(run("", "audit", "verify")).out().startsWith("audit chain intact: 1 event verified;"));
        LaunchedRun shown = assertQuiet(run("", "run", "show", runId));
        assertTrue(shown.out().contains("labels      ci=yes"), shown.toString());
    }

    @Test
    void everyInstalledProviderIsFoundOnTheClassPath() throws Exception {
        LaunchedRun unknown = run("", "--backend", "nosuch", "doctor");

        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("available: json, postgres, sqlite"), unknown.toString());
    }

    private static LaunchedRun assertQuiet(LaunchedRun run) {
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err(), "no library chatter on the terminal: " + run);
        return run;
    }

    /** The launch options runledger-jvm.sh gives {@code args} (its runledger_launch array), one per line. */
    private List<String> launchOptions(String... args) throws IOException, InterruptedException {
        return printedArray("runledger_launch", args);
    }

    /** The JVM defaults runledger-jvm.sh gives {@code args} (its runledger_jvm array), one per line. */
    private List<String> jvmOptions(String... args) throws IOException, InterruptedException {
        return printedArray("runledger_jvm", args);
    }

    private List<String> printedArray(String array, String... args) throws IOException, InterruptedException {
        LaunchedRun printed = bash("", LAUNCH + " printf '%s\\n' \"${" + array + "[@]}\"", args);
        assertEquals(0, printed.exitCode(), printed.toString());
        return printed.out().lines().toList();
    }

    /** {@code runledger ARGS} launched as the launchers launch it, in the scratch directory, on a SQLite store there. */
    private LaunchedRun run(String stdin, String... args) throws IOException, InterruptedException {
        return bash(stdin, LAUNCH + " exec \"" + JAVA + "\" \"${runledger_jvm[@]}\" \"${runledger_launch[@]}\" \"$@\"", args);
    }

    private LaunchedRun bash(String stdin, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", script,
                TARGET.resolve("modules") + ":" + jar, TARGET.resolve("classpath") + "/*"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("RUNLEDGER_JVM_SCRIPT", JVM_SCRIPT.toString());
        builder.environment().put("RUNLEDGER_STATE", dir.resolve("state.sqlite").toString());
        builder.environment().remove("RUNLEDGER_BACKEND");
        builder.environment().remove("RUNLEDGER_JAVA_OPTS");
        return LaunchedRun.of(builder, stdin);
    }
}
