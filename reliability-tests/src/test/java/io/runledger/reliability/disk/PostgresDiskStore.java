package io.runledger.reliability.disk;

import io.runledger.testing.postgres.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL store whose tables live on the disk: a fresh database of the shared test server whose
 * {@code default_tablespace} is a tablespace in the disk's directory, so the runledger tables and
 * indexes that the migrations create go there, while the catalogs and the WAL stay on the server's
 * own disk. A full tablespace is the classic {@code 53100 disk_full} ("could not extend file"), and
 * the server itself keeps running.
 */
final class PostgresDiskStore implements DiskStore {
    private final TestServer server = TestServer.get();
    private final String database;
    private final String tablespace = "rl_disk_" + UUID.randomUUID().toString().substring(0, 8);

    private PostgresDiskStore(Disk disk) {
        Path location = disk.root().resolve("pg");
        database = server.createDatabase();
        try {
            Files.createDirectories(location);
            execute("CREATE TABLESPACE " + tablespace + " LOCATION '" + location + "'");
            execute("ALTER DATABASE " + database + " SET default_tablespace = '" + tablespace + "'");
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The store on {@code disk}; skips (visibly) where the server's disk cannot be filled by this test. */
    static PostgresDiskStore on(Disk disk) {
        Assumptions.assumeTrue(disk.isFileSystem(), "PostgreSQL runs in its own server process, which a file-size "
                + "limit on runledger cannot reach; needs a mountable tmpfs");
        Assumptions.assumeTrue(System.getenv(TestServer.URL_VARIABLE) == null, "the tablespace must be on the server's "
                + "machine: needs the embedded server, not " + TestServer.URL_VARIABLE);
        return new PostgresDiskStore(disk);
    }

    @Override
    public String backend() {
        return "postgres";
    }

    @Override
    public List<String> globalOptions() {
        return List.of("--backend", "postgres", "--state", server.url(database));
    }

    /** A failed statement is rolled back by the server; {@code db check} and the read-back cover the rest. */
    @Override
    public void assertFilesClean() {
        // nothing on the file level
    }

    @Override
    public void close() {
        try {
            server.dropDatabase(database);
            execute("DROP TABLESPACE IF EXISTS " + tablespace);
        } catch (RuntimeException e) {
            System.err.println("disk suite: cleaning up " + database + "/" + tablespace + ": " + e.getMessage());
        }
    }

    /** On the embedded server's maintenance database: the store's own may be gone already. */
    private void execute(String sql) {
        try (Connection connection = server.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
