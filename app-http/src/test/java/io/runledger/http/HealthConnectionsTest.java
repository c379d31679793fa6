package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health} needs no token, so anyone may send it many times at once. On PostgreSQL it must
 * never cost more server connections than the store's pools may hold (writer and reader pool, each
 * {@code pool_size}, default 5) plus one for the status read: 400 concurrent requests, held in flight
 * by a lock on the schema history, are counted in {@code pg_stat_activity}.
 */
class HealthConnectionsTest extends ApiContract {
    private static final int REQUESTS = 400;
    private static final int POOLS_MAXIMUM = 2 * 5;

    private PostgresBackendFixture postgres;

    @Override
    protected HttpBackendFixture fixture() {
        postgres = new PostgresBackendFixture();
        return postgres;
    }

    @Test
    void fourHundredConcurrentHealthRequestsHoldAtMostThePoolsAndOneConnection() throws Exception {
        String database = postgres.newestDatabase();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build();
        List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
        AtomicInteger mostConnections = new AtomicInteger();
        try (Connection locker = postgres.server().connect(database);
             Connection monitor = postgres.server().connect(database)) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                // Every status read now waits on this lock: the requests stay in flight until it goes.
                lock.execute("LOCK TABLE flyway_schema_history IN ACCESS EXCLUSIVE MODE");
            }
            int lockerPid = pid(locker);
            for (int i = 0; i < REQUESTS; i++) {
                replies.add(client.sendAsync(health, HttpResponse.BodyHandlers.ofString()));
            }
            Awaitility.await("the requests are in the /health handler and a status read waits on the lock")
                    .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
                        mostConnections.accumulateAndGet(connections(monitor, database, lockerPid), Math::max);
                        return threadsAnsweringHealth() >= 150 && waitingOnLock(monitor, database) >= 1;
                    });
            for (int sample = 0; sample < 50; sample++) {
                mostConnections.accumulateAndGet(connections(monitor, database, lockerPid), Math::max);
            }
            locker.rollback();
        }
        List<Integer> statuses = replies.stream().map(reply -> reply.join().statusCode()).distinct().toList();

        assertTrue(mostConnections.get() <= POOLS_MAXIMUM + 1,
                "at most " + (POOLS_MAXIMUM + 1) + " server connections, saw " + mostConnections.get());
        assertEquals(List.of(200), statuses);
        LoggerFactory.getLogger(HealthConnectionsTest.class).info("most server connections during {} concurrent /health"
                + " requests: {}", REQUESTS, mostConnections.get());
    }

    /** How many threads of this JVM (the server's, here) are answering {@code GET /health} right now. */
    private static long threadsAnsweringHealth() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> List.of(stack).stream().anyMatch(frame -> frame.getClassName().equals(HealthRoutes.class.getName())))
                .count();
    }

    private static int connections(Connection monitor, String database, int lockerPid) throws SQLException {
        try (PreparedStatement count = monitor.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid() AND pid <> ?")) {
            count.setString(1, database);
            count.setInt(2, lockerPid);
            return single(count);
        }
    }

    private static int waitingOnLock(Connection monitor, String database) throws SQLException {
        try (PreparedStatement count = monitor.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND wait_event_type = 'Lock'")) {
            count.setString(1, database);
            return single(count);
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (PreparedStatement pid = connection.prepareStatement("SELECT pg_backend_pid()")) {
            return single(pid);
        }
    }

    private static int single(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
