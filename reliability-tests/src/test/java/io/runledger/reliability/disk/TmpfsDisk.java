package io.runledger.reliability.disk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A 4 MiB tmpfs mounted for one test: a real file system that fills up, for every process alike (the
 * PostgreSQL server included). Filling writes a filler file until only {@link #SLACK_BYTES} are left;
 * releasing deletes it. Needs root (or CAP_SYS_ADMIN); {@link #mount} says when it is not possible.
 * Set {@code -Drunledger.reliability.disk=limit} to take the file-size-limit path even where mounting works.
 */
final class TmpfsDisk implements Disk {
    static final int MEBIBYTES = 4;
    /** Room left by {@link #fill()}: a few write batches, so that some writes still succeed first. */
    static final long SLACK_BYTES = 256 * 1024;

    private final Path mountPoint;
    private final Path filler;

    private TmpfsDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
    }

    /** Mounts a tmpfs at {@code mountPoint} (created if missing); empty when this machine does not allow it. */
    static Optional<TmpfsDisk> mount(Path mountPoint) {
        if ("limit".equals(System.getProperty("runledger.reliability.disk"))) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(mountPoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String result = command("mount", "-t", "tmpfs", "-o", "size=" + MEBIBYTES + "m,mode=0755", "tmpfs", mountPoint.toString());
        if (!result.isEmpty()) {
            System.err.println("disk suite: cannot mount a tmpfs (" + result + "); using a file-size limit instead");
            return Optional.empty();
        }
        return Optional.of(new TmpfsDisk(mountPoint));
    }

    @Override
    public Path root() {
        return mountPoint;
    }

    @Override
    public String injected() {
        return "file system full (tmpfs " + MEBIBYTES + " MiB)";
    }

    @Override
    public boolean isFileSystem() {
        return true;
    }

    @Override
    public void fill() {
        try (FileChannel out = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer chunk = ByteBuffer.allocate(16 * 1024);
            for (long left = Files.getFileStore(mountPoint).getUsableSpace() - SLACK_BYTES; left > 0; left -= chunk.capacity()) {
                chunk.clear().limit((int) Math.min(chunk.capacity(), left));
                out.write(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fill " + mountPoint, e);
        }
    }

    @Override
    public void release() {
        try {
            Files.deleteIfExists(filler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> launchPrefix() {
        return List.of();
    }

    @Override
    public void follow(Process child) {
        // every process sees the same file system
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(filler);
        } catch (IOException ignored) {
            // unmounting frees it anyway
        }
        if (!command("umount", mountPoint.toString()).isEmpty()) {
            // Something still holds a file open in it (a server that has not let go yet): detach it now,
            // the kernel frees it when the last file is closed.
            String lazy = command("umount", "-l", mountPoint.toString());
            if (!lazy.isEmpty()) {
                System.err.println("disk suite: cannot unmount " + mountPoint + ": " + lazy);
            }
        }
    }

    /** Runs a system command; returns "" on success, else what went wrong. */
    private static String command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + " did not finish";
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 ? "" : String.join(" ", command) + ": exit " + process.exitValue() + " " + output;
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
