package io.runledger.storage.sqlite;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.sqlite.contract.SqliteFixture;
import io.runledger.storage.tck.SqlSchemaFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * SQLite stores for the schema-direction contract. Each statement runs on its own connection, whose
 * close checkpoints the WAL, so the main file holds everything afterwards.
 */
final class SqliteSchemaFixture extends SqlSchemaFixture {
    SqliteSchemaFixture() {
        super(new SqliteFixture());
    }

    @Override
    public StorageProvider laterBinary(int head) {
        return new SqliteStorageProvider(TestMigrationSets.LATER.upTo(head));
    }

    @Override
    public String laterBinaryMain() {
        return LaterBinaryChild.class.getName();
    }

    @Override
    protected Connection connect(StoreSpec spec) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + spec.location());
    }

    @Override
    public boolean hasIndex(StoreSpec spec, String name) {
        return !column(spec, "SELECT name FROM sqlite_master WHERE type = 'index' AND name = '" + name + "'").isEmpty();
    }

    /** The digest of the database file's bytes. */
    @Override
    public List<String> snapshot(StoreSpec spec) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(spec.location()));
            return List.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
