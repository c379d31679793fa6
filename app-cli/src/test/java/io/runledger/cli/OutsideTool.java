package io.runledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A database's own command-line tool ({@code sqlite3}, {@code psql}), run as a separate process the
 * way someone with access to the store's file or server would use it: the tests that tamper with a
 * store go through it, never through Runledger's code or its JDBC driver.
 */
record OutsideTool(Path executable) {
    /** The tool at {@code path}; the calling test is skipped visibly when it is not installed. */
    static OutsideTool required(String path) {
        Path executable = Path.of(path);
        Assumptions.assumeTrue(Files.isExecutable(executable),
                () -> "skipped: " + path + " is not installed (apt-get install " + executable.getFileName() + ")");
        return new OutsideTool(executable);
    }

    /** Runs the tool with {@code arguments}, {@code input} on its standard input; it must exit 0. */
    void run(String input, String... arguments) {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("outside-tool", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            String log = Files.readString(output);
            Files.delete(output);
            if (!ended) {
                process.destroyForcibly();
                throw new AssertionError(executable + " did not end within 60 s: " + log);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(executable + " exited " + process.exitValue() + " on\n" + input + "\n" + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + executable + " ran", e);
        }
    }
}
