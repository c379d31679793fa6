package io.runledger.reliability.disk;

import io.runledger.reliability.ChildRunledger;
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
 * Runs the packaged CLI like {@link ChildRunledger#runWithInput} on one store, writers started the way
 * the disk says (under a file-size limit while a {@link FileSizeLimitDisk} is full). The child's own
 * input and output files live outside the disk, so they never take its room.
 */
final class DiskChild {
    private final Disk disk;
    private final Path workDir;
    private final List<String> globalOptions;

    DiskChild(Disk disk, Path workDir, List<String> globalOptions) {
        this.disk = disk;
        this.workDir = workDir;
        this.globalOptions = List.copyOf(globalOptions);
    }

    /** A command that writes to the store: it sees the full disk. */
    ChildRunledger.Result write(String stdin, String... args) {
        return run(disk.launchPrefix(), stdin, args);
    }

    /**
     * A command that only reads the store. On a real file system it sees the full disk all the same;
     * a file-size limit is not put on it, as it would only cut off its own output.
     */
    ChildRunledger.Result read(String... args) {
        return run(List.of(), "", args);
    }

    private ChildRunledger.Result run(List<String> prefix, String stdin, String... args) {
        List<String> all = new ArrayList<>(globalOptions);
        all.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(workDir, "disk-", ".out");
            Path err = Files.createTempFile(workDir, "disk-", ".err");
            Path in = Files.writeString(Files.createTempFile(workDir, "disk-", ".in"), stdin);
            ProcessBuilder builder = ChildRunledger.builder(workDir, Map.of(), List.of(), all);
            builder.command().addAll(0, prefix);
            long start = System.nanoTime();
            Process process = builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("runledger " + String.join(" ", all) + " did not finish in two minutes");
            }
            ChildRunledger.Result result = new ChildRunledger.Result(process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            // Which step a slow run spent its time in, on a loaded CI machine.
            System.err.printf("disk suite: runledger %s: exit %d in %d ms%n", String.join(" ", args), result.exitCode(),
                    (System.nanoTime() - start) / 1_000_000);
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
