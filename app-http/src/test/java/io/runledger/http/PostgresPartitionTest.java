package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.bootstrap.ConfigFlags;
import io.runledger.bootstrap.ConfigResolver;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.ProviderRegistry;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import io.runledger.testing.postgres.Relay;
import io.runledger.testing.postgres.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@code serve} over PostgreSQL through a silent partition (packets dropped, no RST): a write and
 * {@code GET /health} answer 503 {@code postgres_unavailable} within the configured bounds instead of
 * hanging, and the same server writes again once the network is back. Only a server backend has a
 * network between the ledger and its store, so this is not a contract of every backend.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PostgresPartitionTest {
    /** Socket timeout 2 s, plus a connect attempt of 1 s, plus slack for a loaded machine. */
    private static final Duration BOUND = Duration.ofSeconds(8);
    private static final String RUN = "{\"args\":{}}";

    @TempDir
    Path dir;

    @Test
    void aWriteAndHealthDuringAPartitionAre503WithinTheBoundAndTheSameServerWritesAfterHealing() throws Exception {
        TestServer postgres = TestServer.get();
        String database = postgres.createDatabase();
        try (Relay relay = Relay.to(postgres.url(database));
             LedgerRuntime runtime = runtimeThrough(relay.through(postgres.url(database)))) {
            runtime.storeForWriting();
            try (LedgerServer server = LedgerServer.start(runtime, new HttpSettings("127.0.0.1", 0, 1024 * 1024,
                    AccessTokens.none()))) {
                TestHttpClient api = TestHttpClient.toLoopback(server.port()).withTimeout(Duration.ofSeconds(60));
                assertEquals(201, api.post("/v1/runs", RUN).status());

                relay.partition();
                assertUnavailableWithinTheBound(() -> api.post("/v1/runs", RUN));
                assertUnavailableWithinTheBound(() -> api.get("/health"));

                relay.heal();
                assertEquals(201, firstAnswerOtherThanUnavailable(() -> api.post("/v1/runs", RUN)).status());
                // /health may answer from a status read up to http.health_max_age_ms old (1 s) taken before the heal.
                assertEquals(200, firstAnswerOtherThanUnavailable(() -> api.get("/health")).status());
            }
        } finally {
            postgres.dropDatabase(database);
        }
    }

    private LedgerRuntime runtimeThrough(String url) throws Exception {
        Path config = Files.writeString(dir.resolve("runledger.properties"), "postgres.connect_timeout_ms=1000\n"
                + "postgres.socket_timeout_ms=2000\npostgres.statement_timeout_ms=1000\n");
        ProviderRegistry registry = ProviderRegistry.installed();
        return LedgerRuntime.start(new ConfigResolver(registry).resolve(
                new ConfigFlags(Optional.of("postgres"), Optional.of(url), Optional.of(config)), Map.of(), dir), registry);
    }

    private static void assertUnavailableWithinTheBound(Supplier<HttpReply> request) {
        long started = System.nanoTime();
        HttpReply reply = request.get();
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, reply.status(), reply::toString);
        assertEquals("postgres_unavailable", reply.reason(), reply::toString);
        assertTrue(waited.compareTo(BOUND) < 0, "answered after " + waited.toMillis() + " ms during a partition");
    }

    /**
     * After healing, the pool may first replace a connection the partition broke, and /health may repeat
     * its last status read: at most a few 503s, for 30 s.
     */
    private static HttpReply firstAnswerOtherThanUnavailable(Supplier<HttpReply> request) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpReply reply = request.get();
        while (reply.status() == 503 && System.nanoTime() < deadline) {
            reply = request.get();
        }
        return reply;
    }
}
