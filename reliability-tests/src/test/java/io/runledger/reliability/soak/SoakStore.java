package io.runledger.reliability.soak;

import io.runledger.testing.postgres.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A fresh store for a soak: the global options that select it, and for PostgreSQL the database to
 * drop afterwards.
 */
public record SoakStore(String backend, List<String> options, Optional<String> database) implements AutoCloseable {

    /** A JSON store in {@code dir}. */
    public static SoakStore json(Path dir) {
        return new SoakStore("json", List.of("--backend", "json", "--state", dir.resolve("state.json").toString()), Optional.empty());
    }

    /** A SQLite store in {@code dir}. */
    public static SoakStore sqlite(Path dir) {
        return new SoakStore("sqlite", List.of("--backend", "sqlite", "--state", dir.resolve("state.sqlite").toString()),
                Optional.empty());
    }

    /** A new database on the test PostgreSQL server. */
    public static SoakStore postgres() {
        TestServer server = TestServer.get();
        String database = server.createDatabase();
        return new SoakStore("postgres", List.of("--backend", "postgres", "--state", server.url(database)), Optional.of(database));
    }

    /** These options followed by {@code args}. */
    public String[] with(String... args) {
        List<String> all = new java.util.ArrayList<>(options);
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Override
    public void close() {
        database.ifPresent(name -> TestServer.get().dropDatabase(name));
    }
}
