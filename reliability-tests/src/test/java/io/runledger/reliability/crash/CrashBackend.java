package io.runledger.reliability.crash;

import io.runledger.reliability.ChildRunledger;
import io.runledger.testing.postgres.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
     * The global options of a new store, created at the head schema by {@code db migrate} so that every
     * kill hits an existing store. PostgreSQL stores are new databases on the shared test server.
     */
    List<String> freshStore(Path dir) {
        String state = switch (this) {
            case JSON -> dir.resolve("state.json").toString();
            case SQLITE -> dir.resolve("state.sqlite").toString();
            case POSTGRES -> TestServer.get().url(TestServer.get().createDatabase());
        };
        return created(dir, List.of("--backend", id, "--state", state));
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
