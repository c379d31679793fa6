package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.Reasons;
import java.sql.Connection;
import java.sql.Statement;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store records the oldest binary head that may use it; an older binary obeys it. */
class CompatibilityFloorTest {
    private final Databases databases = new Databases();

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void anOlderBinaryUsesANewerStoreOnlyWhenTheRecordedFloorAdmitsIt() throws Exception {
        StoreSpec spec = databases.fresh();
        Databases.PROVIDER.admin(spec).migrate(false);
        assertEquals(OptionalInt.of(3), Databases.PROVIDER.admin(spec).status().compatibleFloor());

        try (Connection connection = databases.connectToLast(); Statement statement = connection.createStatement()) {
            // What a later binary (head 4) whose V4 only adds an index leaves behind.
            statement.executeUpdate("CREATE INDEX later_index ON runs (created_at)");
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success) VALUES (14, '4', 'later index',"
                    + " 'SQL', 'V4__later_index.sql', 0, 'test', now(), 0, TRUE)");
            statement.executeUpdate("UPDATE meta SET value = '4' WHERE name = 'schema_version'");

            assertTrue(Databases.PROVIDER.admin(spec).status().usableByThisOlderBinary());
            Databases.PROVIDER.open(spec).close();
            assertEquals(0, Databases.PROVIDER.admin(spec).migrate(false).applied().size());

            statement.executeUpdate("UPDATE meta SET value = '4' WHERE name = 'compatible_floor'");
            Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> Databases.PROVIDER.open(spec));
        }
    }
}
