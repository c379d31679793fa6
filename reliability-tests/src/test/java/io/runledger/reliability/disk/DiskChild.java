package io.runledger.reliability.disk;

import io.runledger.reliability.ChildRunledger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        ProcessBuilder builder = ChildRunledger.builder(workDir, Map.of(), List.of(), all);
        builder.command().addAll(0, prefix);
        long start = System.nanoTime();
        ChildRunledger.Result result = ChildRunledger.finish(builder, stdin);
        // Which step a slow run spent its time in, on a loaded CI machine.
        System.err.printf("disk suite: runledger %s: exit %d in %d ms%n", String.join(" ", args), result.exitCode(),
                (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
