package io.runledger.reliability.disk;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a store under test lives, and how it is made to run out of space: a small tmpfs filled with
 * a filler file where this machine lets the test mount one ({@link TmpfsDisk}), otherwise a file-size
 * limit on the processes that write ({@link FileSizeLimitDisk}).
 */
interface Disk extends AutoCloseable {
    /** The directory the store's files go in. */
    Path root();

    /** What a figure row names as injected, e.g. "file system full (tmpfs 4 MiB)". */
    String injected();

    /** Whether every process sees the full disk (a real file system), or only the runledger children (a limit). */
    boolean isFileSystem();

    /** Leaves almost no room for writes, from now on. */
    void fill();

    /** Gives the room back. */
    void release();

    /** What goes before the java command of a child started now (a limit, or nothing). */
    List<String> launchPrefix();

    /** A child that outlives {@link #fill()} and {@link #release()} (serve) follows them. */
    void follow(Process child);

    /** Removes the filler and unmounts; never throws. */
    @Override
    void close();

    /** A tmpfs at {@code mountPoint} if this machine allows mounting, else a file-size limit in it. */
    static Disk at(Path mountPoint) {
        return TmpfsDisk.mount(mountPoint).map(Disk.class::cast).orElseGet(() -> new FileSizeLimitDisk(mountPoint));
    }
}
