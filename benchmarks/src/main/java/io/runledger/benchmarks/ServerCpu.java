package io.runledger.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time PostgreSQL's server processes of one database have used so far, in nanoseconds: the sum
 * of {@code /proc/PID/schedstat}'s first field over the backends whose process title names the
 * database. Only meaningful when the server runs on this machine (the harness's embedded server);
 * {@link #available()} says whether it could be read. Read before and after a call, it is the server's
 * share of that call, which a client's own CPU time does not show.
 */
final class ServerCpu {
    private final String database;

    ServerCpu(String database) {
        this.database = database;
    }

    boolean available() {
        return nanos() > 0;
    }

    long nanos() {
        long total = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                total += backendNanos(process);
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    private long backendNanos(Path process) {
        try {
            String title = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            if (!title.startsWith("postgres: ") || !title.contains(" " + database + " ")) {
                return 0;
            }
            String schedstat = Files.readString(process.resolve("schedstat"));
            return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile, or is not ours to read
        }
    }
}
