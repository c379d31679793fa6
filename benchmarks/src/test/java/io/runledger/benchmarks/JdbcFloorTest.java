package io.runledger.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.bootstrap.ConfigFlags;
import io.runledger.bootstrap.ConfigResolver;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.ProviderRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench/floors.sh's program reads a store the SQLite adapter wrote: every table the export reads, every row. */
class JdbcFloorTest {
    @TempDir
    Path dir;

    @Test
    void theScanReadsEveryRowOfTheExportsTablesAndTheOpenReadsTheSchema() throws SQLException {
        ProviderRegistry registry = ProviderRegistry.installed();
        try (LedgerRuntime runtime = LedgerRuntime.start(new ConfigResolver(registry).resolve(
                new ConfigFlags(Optional.of("sqlite"), Optional.of("state.sqlite"), Optional.empty()), Map.of(), dir), registry)) {
            runtime.storeForWriting().contents().importFrom(RunStatsLatency.seed(40));
        }
        try (Connection connection = JdbcFloor.open(dir.resolve("state.sqlite").toString())) {
            String scanned = JdbcFloor.scan(connection);
            assertTrue(scanned.matches("rows 120 bytes [1-9][0-9]*"), "40 runs with two labels each: " + scanned);
            assertTrue(JdbcFloor.tables(connection) >= JdbcFloor.EXPORT_READS.size(), "the store's tables");
        }
    }
}
