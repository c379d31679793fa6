package io.runledger.reliability.crash;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server of this test's own (not the shared {@code TestServer}, which other tests keep
 * using), on a data directory that outlives it, so it can be killed with SIGKILL and started again on
 * the same data and port. Commits are synchronous: a commit the server acknowledged is in its WAL
 * (in the OS page cache — only the server process dies here, not the machine, so fsync buys nothing).
 */
final class KillablePostgres implements AutoCloseable {
    private final Path dataDirectory;
    private EmbeddedPostgres server;
    private int port;

    private KillablePostgres(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Starts a new server with an empty database {@code crash}; {@code dataDirectory} must not exist yet. */
    static KillablePostgres start(Path dataDirectory) {
        KillablePostgres postgres = new KillablePostgres(dataDirectory);
        postgres.startServer();
        try (Connection connection = DriverManager.getConnection(postgres.server.getJdbcUrl("postgres", "postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE crash");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the crash database: " + e.getMessage(), e);
        }
        return postgres;
    }

    /** The JDBC URL of the {@code crash} database (the same across restarts). */
    String url() {
        return server.getJdbcUrl("postgres", "crash");
    }

    /**
     * SIGKILL of the postmaster, then of the backends it leaves (what a crash of the server leaves:
     * nothing shuts down cleanly); returns once all are gone. The same data directory restarts with
     * {@link #restart()}, recovering from its WAL.
     */
    void kill() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle postmaster = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException("no postmaster with pid " + pid));
            List<ProcessHandle> backends = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            postmaster.onExit().get(1, TimeUnit.MINUTES);
            for (ProcessHandle backend : backends) {
                backend.onExit().get(1, TimeUnit.MINUTES);
            }
            // Releases zonky's lock on the data directory; its clean stop fails (nothing runs) and it says so.
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the killed PostgreSQL server did not go away", e);
        }
    }

    /** Starts the server again on the same data directory and port (crash recovery runs first). */
    void restart() {
        startServer();
    }

    private void startServer() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100");
            if (port != 0) {
                builder.setPort(port);
            }
            server = builder.start();
            port = server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("the PostgreSQL server did not start on " + dataDirectory, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
