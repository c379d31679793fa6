package io.runledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One finished launch of the packaged CLI in a child process (the launch tests): its exit code and output. */
record LaunchedRun(int exitCode, String out, String err) {
    /** Starts {@code launch}, writes {@code stdin} to it and waits for its end (at most two minutes). */
    static LaunchedRun of(ProcessBuilder launch, String stdin) throws IOException, InterruptedException {
        Process process = launch.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", launch.command()) + " did not finish in 120 s");
        }
        return new LaunchedRun(process.exitValue(), out.join(), err.join());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
