package io.runledger.storage.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This process's file-size limit ({@code ulimit -f}, RLIMIT_FSIZE), read from Linux's
 * {@code /proc/self/limits}. A write past it fails with EFBIG, which SQLite reports as a plain
 * {@code SQLITE_IOERR_WRITE}: to tell that apart, the adapter compares its files with the limit.
 */
final class FileSizeLimit {
    private static final Path LIMITS = Path.of("/proc/self/limits");
    private static final Pattern SOFT = Pattern.compile("(?m)^Max file size\\s+(\\d+|unlimited)\\s");

    private FileSizeLimit() {
    }

    /** The soft limit in bytes; empty when there is none or it cannot be read (not Linux). */
    static OptionalLong current() {
        try {
            Matcher matcher = SOFT.matcher(Files.readString(LIMITS));
            return matcher.find() && !matcher.group(1).equals("unlimited")
                    ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
