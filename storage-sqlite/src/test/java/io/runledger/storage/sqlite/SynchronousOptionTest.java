package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sqlite.synchronous}: {@code normal} (the default) survives a crash of the process,
 * {@code full} also an OS crash or power loss; the level reaches every connection's PRAGMA.
 */
class SynchronousOptionTest {
    @TempDir
    Path dir;

    @Test
    void synchronousFullReachesTheWriterAndReaderConnections() throws Exception {
        StoreSpec spec = Samples.spec(dir.resolve("state.sqlite"), Map.of("synchronous", "full"));
        Samples.PROVIDER.admin(spec).migrate(false);
        try (var store = Samples.PROVIDER.open(spec)) {
            store.runs().create(Samples.run("r1"));
        }
        SqliteOptions options = SqliteOptions.from(spec.optionsOf(SqliteStorageProvider.ID));

        assertEquals("2", pragma(SqliteDataSources.writer(SqliteFile.at(spec.location()), options).getConnection()));
        assertEquals("2", pragma(SqliteDataSources.reader(SqliteFile.at(spec.location()), options).getConnection()));
        Check shown = synchronousCheck(spec);
        assertTrue(shown.ok(), shown.toString());
        assertEquals("full", shown.detail());
    }

    @Test
    void theDefaultStaysNormal() throws Exception {
        StoreSpec spec = Samples.spec(dir.resolve("state.sqlite"));
        Samples.PROVIDER.admin(spec).migrate(false);
        SqliteOptions options = SqliteOptions.from(spec.optionsOf(SqliteStorageProvider.ID));

        assertEquals("1", pragma(SqliteDataSources.writer(SqliteFile.at(spec.location()), options).getConnection()));
        assertEquals("normal", synchronousCheck(spec).detail());
    }

    @Test
    void anyOtherLevelIsConfigInvalid() {
        for (String level : new String[] {"off", "extra", "2", ""}) {
            StoreSpec spec = Samples.spec(dir.resolve("state.sqlite"), Map.of("synchronous", level));

            StoreException refused = assertThrows(StoreException.class, () -> Samples.PROVIDER.admin(spec).status());

            assertEquals(ReasonCode.CONFIG_INVALID, refused.reason(), refused.getMessage());
            assertEquals("sqlite option synchronous must be one of normal, full (got '" + level + "')", refused.getMessage());
        }
    }

    private static Check synchronousCheck(StoreSpec spec) {
        return Samples.PROVIDER.admin(spec).check().stream().filter(c -> c.name().equals("synchronous")).findFirst().orElseThrow();
    }

    private static String pragma(Connection connection) throws Exception {
        try (connection) {
            return SqliteInspection.pragma(connection, "synchronous");
        }
    }
}
