package io.runledger.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;

/**
 * {@code runledger serve --port 0} in a child JVM, ready once it has printed the address it serves on.
 * {@link #kill()} is SIGKILL (nothing runs in the child afterwards); {@link #stop()} is SIGTERM.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving the .* on (http://\\S+)");

    private final Process process;
    private final URI baseUri;
    private final Path log;

    private ServeProcess(Process process, URI baseUri, Path log) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
    }

    /**
     * Starts {@code runledger globalOptions… serve --port 0} in {@code dir}, its output appended to
     * {@code log}, and waits (at most a minute) until it listens.
     */
    public static ServeProcess start(Path dir, Map<String, String> env, List<String> globalOptions, Path log) {
        List<String> args = new ArrayList<>(globalOptions);
        args.addAll(List.of("serve", "--port", "0"));
        try {
            long from = Files.exists(log) ? Files.size(log) : 0;
            Process process = ChildRunledger.builder(dir, env, List.of("-Xmx256m"), args).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            return new ServeProcess(process, awaitAddress(process, log, from), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the address line this start printed (the log may hold earlier starts before {@code from}). */
    private static URI awaitAddress(Process process, Path log, long from) {
        try {
            return await("serve prints the address it listens on").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                    .failFast("serve exited before it listened", () -> assertTrue(process.isAlive(),
                            () -> "serve exited with " + process.exitValue() + ":\n" + printed(log, from)))
                    .until(() -> address(printed(log, from)), Optional::isPresent).orElseThrow();
        } catch (ConditionTimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("serve did not listen within a minute:\n" + printed(log, 0), e);
        }
    }

    private static Optional<URI> address(String printed) {
        Matcher matcher = SERVING.matcher(printed);
        return matcher.find() ? Optional.of(URI.create(matcher.group(1))) : Optional.empty();
    }

    private static String printed(Path log, long from) {
        try {
            return Files.readString(log).substring((int) from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The child process. */
    public Process process() {
        return process;
    }

    /** Everything the server printed so far. */
    public String output() {
        return printed(log, 0);
    }

    /** SIGKILL, then waits for the process to be gone. */
    public void kill() {
        process.destroyForcibly();
        waitGone();
    }

    /** SIGTERM (a graceful stop), then waits for the process to be gone. */
    public void stop() {
        process.destroy();
        waitGone();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void waitGone() {
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
