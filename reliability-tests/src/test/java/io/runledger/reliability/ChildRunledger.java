package io.runledger.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged runledger in a child JVM, launched the way ./runledger does it: target/modules (the
 * CLI jar and every runtime dependency, copied at {@code package}) on the module path, with the
 * launcher's serial collector and C1 compiler (lib/runledger-jvm.sh; they also start the JVM with a
 * fifth less CPU than G1, which adds up over the suites' hundred-odd children). Tests here kill
 * these processes, so each one is a real, separate JVM.
 */
public final class ChildRunledger {
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    /** What a finished command left: its exit code and everything it printed (stdout then stderr). */
    public record Result(int exitCode, String stdout, String stderr) {
        /** Both streams, for assertion messages. */
        public String output() {
            return stdout + stderr;
        }
    }

    private ChildRunledger() {
    }

    /**
     * A process builder for {@code runledger args…} in {@code dir} with {@code env} added to this JVM's
     * environment; the caller chooses the redirects. {@code jvmOptions} go before the module path
     * (e.g. {@code -Xmx64m}).
     */
    public static ProcessBuilder builder(Path dir, Map<String, String> env, List<String> jvmOptions, List<String> args) {
        if (!Files.isDirectory(TARGET.resolve("modules"))) {
            throw new IllegalStateException("run through Maven (mvn verify): target/modules is made at package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "--add-modules", "ALL-MODULE-PATH",
                "-Dorg.jboss.logging.provider=slf4j",
                "-p", TARGET.resolve("modules").toString(),
                "-cp", TARGET.resolve("classpath") + File.separator + "*",
                "-m", "io.runledger.cli/io.runledger.cli.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("RUNLEDGER_") || name.equals("STATE_BACKEND"));
        builder.environment().putAll(env);
        return builder;
    }

    /** Runs {@code runledger args…} to the end (at most two minutes) with no input. */
    public static Result run(Path dir, Map<String, String> env, String... args) {
        return runWithInput(dir, env, "", args);
    }

    /** Runs {@code runledger args…} to the end (at most two minutes) with {@code stdin} as its input. */
    public static Result runWithInput(Path dir, Map<String, String> env, String stdin, String... args) {
        return finish(builder(dir, env, List.of(), List.of(args)), stdin);
    }

    /**
     * Runs a prepared {@link #builder} (e.g. with a command prefix such as {@code prlimit}) in its
     * directory to the end, at most two minutes, with {@code stdin} as its input.
     */
    public static Result finish(ProcessBuilder builder, String stdin) {
        Path dir = builder.directory().toPath();
        try {
            Path out = Files.createTempFile(dir, "child-", ".out");
            Path err = Files.createTempFile(dir, "child-", ".err");
            Path in = Files.writeString(Files.createTempFile(dir, "child-", ".in"), stdin);
            Process process = builder.redirectInput(in.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", builder.command()) + " did not finish in two minutes");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            Files.delete(in);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
