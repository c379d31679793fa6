package io.runledger.reliability.disk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The fallback where mounting is not allowed (a user machine, most CI): a plain directory, and a
 * file-size limit ({@code RLIMIT_FSIZE}, via {@code prlimit}) on the runledger children while the
 * "disk" is full. No file may then grow past the largest store file at {@link #fill()} plus
 * {@link TmpfsDisk#SLACK_BYTES}, or past {@link #FLOOR_BYTES} if that is more: the write fails with
 * EFBIG ("File too large"; the JVM ignores SIGXFSZ).
 * Only processes this test starts can be limited, so a PostgreSQL server is out of reach here.
 */
final class FileSizeLimitDisk implements Disk {
    /** The SQLite driver unpacks its native library (about 1 MiB) into a temporary file at every start. */
    static final long FLOOR_BYTES = 2 * 1024 * 1024;

    private final Path root;
    private final List<Process> followed = new ArrayList<>();
    private OptionalLong limit = OptionalLong.empty();

    FileSizeLimitDisk(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public String injected() {
        return "file-size limit (prlimit --fsize: largest file + " + TmpfsDisk.SLACK_BYTES / 1024
                + " KiB, at least " + FLOOR_BYTES / (1024 * 1024) + " MiB)";
    }

    @Override
    public boolean isFileSystem() {
        return false;
    }

    @Override
    public void fill() {
        long largest;
        try (Stream<Path> files = Files.list(root)) {
            largest = files.filter(Files::isRegularFile).mapToLong(FileSizeLimitDisk::size).max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        limit = OptionalLong.of(Math.max(largest + TmpfsDisk.SLACK_BYTES, FLOOR_BYTES));
        followed.removeIf(process -> !process.isAlive());
        followed.forEach(process -> prlimit(process, limit.getAsLong() + ":"));
    }

    @Override
    public void release() {
        limit = OptionalLong.empty();
        followed.removeIf(process -> !process.isAlive());
        followed.forEach(process -> prlimit(process, "unlimited:"));
    }

    @Override
    public List<String> launchPrefix() {
        return limit.isPresent() ? List.of("prlimit", "--fsize=" + limit.getAsLong() + ":") : List.of();
    }

    @Override
    public void follow(Process child) {
        followed.add(child);
        if (limit.isPresent()) {
            prlimit(child, limit.getAsLong() + ":");
        }
    }

    @Override
    public void close() {
        followed.clear();
    }

    private static void prlimit(Process process, String fsize) {
        try {
            Process set = new ProcessBuilder("prlimit", "--pid", Long.toString(process.pid()), "--fsize=" + fsize)
                    .inheritIO().start();
            if (!set.waitFor(30, TimeUnit.SECONDS) || set.exitValue() != 0) {
                throw new IllegalStateException("prlimit --pid " + process.pid() + " --fsize=" + fsize + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("prlimit is needed for the file-size-limit path (util-linux)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
