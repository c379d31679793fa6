package io.runledger.storage.tck;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A child JVM running a main class of the test's own class path, for crash tests: the test waits
 * until the child reports where it is (a line in its output, or a marker file), then kills it with
 * SIGKILL and checks that it died of the kill, not of finishing. Closing it kills it if still alive.
 */
public final class ChildJvm implements AutoCloseable {
    /** 128 + SIGKILL: what a process killed with {@code kill -9} exits with. */
    public static final int KILLED = 137;

    /** How long a child may take to reach the point a test waits for (JVM start-up and migrations included). */
    private static final Duration REACH = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code main} with {@code args}; {@code jvmOptions} such as {@code -Dname=value} go before it, output to {@code log}. */
    public static ChildJvm start(Path log, List<String> jvmOptions, String main, List<String> args) {
        String classPath = Stream.of(System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", ""))
                .filter(p -> !p.isEmpty())
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, main));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            return new ChildJvm(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JVM options that arm storage-sql's test-only crash point {@code point} ({@code before-meta} or
     * {@code inside-migration}): the child writes {@code marker} when it reaches the point and waits there.
     */
    public static List<String> crashPoint(String point, Path marker) {
        return List.of("-Drunledger.test.crash-point=" + point, "-Drunledger.test.crash-point.marker=" + marker);
    }

    /**
     * Runs {@code main} with {@code args} in a child JVM with the crash point {@code point} armed, waits
     * until the child reports that it waits there (naming its own pid), and kills it with SIGKILL.
     */
    public static void killAtCrashPoint(Path dir, String point, String main, List<String> args) {
        Path marker = dir.resolve(point + ".reached");
        try (ChildJvm child = start(dir.resolve("child.log"), crashPoint(point, marker), main, args)) {
            String reported = child.awaitMarker(marker);
            assertTrue(reported.startsWith("pid " + child.pid() + " at " + point), reported);
            child.kill();
        }
    }

    /** Waits until {@code marker} exists, failing at once if the child ends first; returns what the marker says. */
    public String awaitMarker(Path marker) {
        awaitReport("the child writes " + marker, () -> Files.exists(marker));
        try {
            return Files.readString(marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the child's output satisfies {@code reported}, failing at once if the child ends first. */
    public List<String> awaitOutput(String what, Predicate<List<String>> reported) {
        awaitReport(what, () -> reported.test(outputLines()));
        return outputLines();
    }

    private void awaitReport(String what, Callable<Boolean> reported) {
        await(what).atMost(REACH).pollInterval(Duration.ofMillis(10))
                .failFast("the child ended before: " + what, () -> assertTrue(process.isAlive(), this::output))
                .until(reported);
    }

    /** Kills the child with SIGKILL and checks that the kill is what ended it. */
    public void kill() {
        assertTrue(process.isAlive(), () -> "the child was to be killed while running, but it ended: " + output());
        process.destroyForcibly();
        try {
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed child ends");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the killed child", e);
        }
        assertEquals(KILLED, process.exitValue(), () -> "killed by SIGKILL, not finished: " + output());
    }

    /** Waits up to {@code limit} for the child to end by itself and checks that it exited 0. */
    public void awaitSuccess(Duration limit) {
        try {
            assertTrue(process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS), () -> "the child still runs after " + limit + ": " + output());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the child", e);
        }
        assertEquals(0, process.exitValue(), this::output);
    }

    /** The child's pid. */
    public long pid() {
        return process.pid();
    }

    /** What the child wrote so far, lines in order (a line cut by the kill included). */
    public List<String> outputLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** What the child wrote so far, for failure messages. */
    public String output() {
        return String.join("\n", outputLines());
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
