package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import io.runledger.testing.postgres.Relay;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The status a server's {@code GET /health} asks for on every request reuses pooled connections,
 * and follows the server through an outage: unavailable while it is down, answering once it is back.
 */
class StatusThroughOutageTest {
    private final Databases databases = new Databases();
    private Relay relay;
    private StoreSpec throughRelay;

    @BeforeEach
    void storeBehindARelay() throws Exception {
        StoreSpec direct = databases.fresh();
        try (StoreAdmin admin = Databases.PROVIDER.admin(direct)) {
            admin.migrate(false);
        }
        relay = Relay.to(direct.location());
        throughRelay = new StoreSpec(relay.through(direct.location()), Map.of("connect_timeout_ms", "1000"));
    }

    @AfterEach
    void drop() throws Exception {
        relay.close();
        databases.close();
    }

    @Test
    void repeatedStatusReadsReuseConnections() {
        try (StoreAdmin admin = Databases.PROVIDER.admin(throughRelay)) {
            for (int i = 0; i < 50; i++) {
                assertTrue(admin.status().atHead());
            }
        }
        assertTrue(relay.accepted() <= 2, "50 status reads opened " + relay.accepted() + " connections");
    }

    @Test
    void statusIsUnavailableWhileTheServerIsDownAndAnswersOnceItIsBack() throws Exception {
        try (StoreAdmin admin = Databases.PROVIDER.admin(throughRelay)) {
            assertTrue(admin.status().atHead());

            relay.cut();
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                StoreException down = Assertions.assertThrows(StoreException.class, admin::status);
                assertEquals(ReasonCode.POSTGRES_UNAVAILABLE, down.reason(), down::getMessage);
                long waitedMs = (System.nanoTime() - started) / 1_000_000;
                assertTrue(waitedMs < 5_000, "a status read on a server that is down took " + waitedMs + " ms");
            }

            relay.restore();
            assertTrue(admin.status().atHead());
        }
    }

    @Test
    void closingTheAdminLeavesNoConnectionOpen() throws Exception {
        StoreAdmin admin = Databases.PROVIDER.admin(throughRelay);
        admin.status();
        admin.close();

        try (var connection = databases.connectToLast(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND application_name = 'runledger'")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "connections of the closed admin still open");
        }
    }
}
