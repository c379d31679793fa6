package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the packaged CLI in a child JVM the way ./runledger does (the jar and target/modules on the
 * module path, the launcher's serial collector: lib/runledger-jvm.sh), with extra JVM options such as
 * a small heap. Needs what `package` made: only tests marked {@link LaunchesPackagedCli} may use it.
 */
final class ChildCli {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    /** Set by app-cli/pom.xml's integration-test execution to the jar `package` made. */
    private static final String JAR_PROPERTY = "runledger.cli.jar";

    private ChildCli() {
    }

    /** Starts {@code runledger args…} in {@code dir}; its output goes to {@code log}, its input is empty. */
    static Process start(Path dir, Path log, List<String> jvmOptions, String... args) {
        return start(dir, log, ProcessBuilder.Redirect.from(new File("/dev/null")), jvmOptions, args);
    }

    /** As {@link #start}, reading its standard input from a pipe the test writes to ({@link Process#getOutputStream()}). */
    static Process startReadingInput(Path dir, Path log, List<String> jvmOptions, String... args) {
        return start(dir, log, ProcessBuilder.Redirect.PIPE, jvmOptions, args);
    }

    /** As {@link #start}, with its standard output a pipe the test reads ({@link Process#getInputStream()}); errors go to {@code log}. */
    static Process startWritingToPipe(Path dir, Path log, List<String> jvmOptions, String... args) {
        return start(dir, ProcessBuilder.Redirect.PIPE, ProcessBuilder.Redirect.to(log.toFile()),
                ProcessBuilder.Redirect.from(new File("/dev/null")), jvmOptions, args);
    }

    private static Process start(Path dir, Path log, ProcessBuilder.Redirect input, List<String> jvmOptions, String... args) {
        return start(dir, ProcessBuilder.Redirect.to(log.toFile()), null, input, jvmOptions, args);
    }

    /** {@code errors} null: standard error goes where standard output goes. */
    private static Process start(Path dir, ProcessBuilder.Redirect output, ProcessBuilder.Redirect errors,
                                 ProcessBuilder.Redirect input, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmOptions);
        command.addAll(List.of("--add-modules", "ALL-MODULE-PATH", "-Dorg.jboss.logging.provider=slf4j",
                "-p", TARGET.resolve("modules") + File.pathSeparator + jar(),
                "-cp", TARGET.resolve("classpath") + File.separator + "*",
                "-m", "io.runledger.cli/io.runledger.cli.Main"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(output)
                    .redirectInput(input);
            return (errors == null ? builder.redirectErrorStream(true) : builder.redirectError(errors)).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a child wrote to {@code log} so far, for failure messages. */
    static String output(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /**
     * The packaged app-cli jar beside target/modules, as `package` made them. The integration-test
     * execution that runs {@link LaunchesPackagedCli} tests names it; before `package` nothing does.
     */
    static Path jar() {
        String jar = System.getProperty(JAR_PROPERTY);
        assertTrue(jar != null, "the packaged CLI exists only after `package`: mark the test class @"
                + LaunchesPackagedCli.class.getSimpleName() + " so that app-cli/pom.xml runs it in the integration-test phase");
        return Path.of(jar);
    }
}
