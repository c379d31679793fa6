package io.runledger.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the CLI in-process, with its own streams, environment and working directory. */
final class Cli {
    /** What one command line did. */
    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static final Pattern SCHEMA_HEAD = Pattern.compile("\"schema_head\"\\s*:\\s*(\\d+)");

    private final Path workingDir;
    private final Map<String, String> env;

    Cli(Path workingDir) {
        this(workingDir, Map.of());
    }

    Cli(Path workingDir, Map<String, String> env) {
        this.workingDir = workingDir;
        this.env = env;
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    Result runWithInput(String stdin, String... args) {
        return runWithInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), args);
    }

    /**
     * This binary's schema head, as {@code db status --json} reports it for a SQLite store that does
     * not exist (a read command, so nothing is created): tests derive versions from it, never from a literal.
     */
    int schemaHead() {
        Result status = run("--state", "head-probe-" + System.nanoTime() + ".sqlite", "db", "status", "--json");
        Matcher head = SCHEMA_HEAD.matcher(status.out());
        if (!head.find()) {
            throw new IllegalStateException("db status names no schema head: " + status);
        }
        return Integer.parseInt(head.group(1));
    }

    /** Runs with a given input and output stream, e.g. pipes that the test feeds and reads while it runs. */
    Result runWithInput(InputStream stdin, ByteArrayOutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = new RunledgerCli(new Console(stdin, out, err), env, workingDir).execute(args);
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
