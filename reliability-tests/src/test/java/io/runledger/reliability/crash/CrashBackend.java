package io.runledger.reliability.crash;

import io.runledger.reliability.ChildRunledger;
import io.runledger.testing.postgres.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The backends the crash loops run on, and how the CLI names a fresh store of each. */
enum CrashBackend {
    JSON("json"), SQLITE("sqlite"), POSTGRES("postgres");

    private final String id;

    CrashBackend(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /**
     * The global options of a new store at the head schema, so that every kill hits an existing store:
     * a copy of the store that {@code db migrate} made once in this JVM — its files copied into {@code dir},
     * or for PostgreSQL a new database on the shared test server made from it as a template. A copy
     * instead of a {@code db migrate} per test saves a child JVM each.
     */
    List<String> freshStore(Path dir) {
        if (this == POSTGRES) {
            TestServer server = TestServer.get();
            String template = server.template("crash-store-at-head", name -> created(dir, options(server.url(name))));
            return options(server.url(server.createDatabaseFrom(template)));
        }
        try (Stream<Path> files = Files.list(MigratedFiles.directoryOf(this))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return options(dir.resolve(fileName()).toString());
    }

    private List<String> options(String state) {
        return List.of("--backend", id, "--state", state);
    }

    private String fileName() {
        return "state." + id;
    }

    /** The directory of each file backend's store at the head, made by {@code db migrate} on first use. */
    private static final class MigratedFiles {
        private static final Map<CrashBackend, Path> DIRECTORIES = new EnumMap<>(CrashBackend.class);

        static synchronized Path directoryOf(CrashBackend backend) {
            return DIRECTORIES.computeIfAbsent(backend, b -> {
                try {
                    Path directory = Files.createTempDirectory(Path.of("target").toAbsolutePath(), b.id + "-store-at-head-");
                    created(directory, b.options(directory.resolve(b.fileName()).toString()));
                    return directory;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * {@code globalOptions} plus, for a PostgreSQL store, a config file that lets a connection take up
     * to a minute to open: on a heavily loaded test machine a fresh child's first connection can take
     * longer than the default 10 s, and that is not what these tests measure.
     */
    static List<String> patient(Path dir, List<String> globalOptions) {
        if (!globalOptions.contains(POSTGRES.id)) {
            return globalOptions;
        }
        try {
            Path config = Files.writeString(dir.resolve("patient.properties"), "postgres.connect_timeout_ms=60000\n");
            List<String> options = new ArrayList<>(globalOptions);
            options.addAll(List.of("--config", config.toString()));
            return List.copyOf(options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the store the options name (head schema) and returns the options. */
    static List<String> created(Path dir, List<String> globalOptions) {
        String[] args = new String[globalOptions.size() + 2];
        globalOptions.toArray(args);
        args[args.length - 2] = "db";
        args[args.length - 1] = "migrate";
        ChildRunledger.Result result = ChildRunledger.run(dir, Map.of(), args);
        if (result.exitCode() != 0) {
            throw new AssertionError("db migrate failed (exit " + result.exitCode() + "):\n" + result.output());
        }
        return globalOptions;
    }
}
