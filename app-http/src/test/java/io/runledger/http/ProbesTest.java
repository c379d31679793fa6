package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.domain.AuditTrail;
import io.runledger.domain.IdGenerator;
import io.runledger.domain.LedgerObservers;
import io.runledger.domain.RunRecorder;
import io.runledger.domain.StepRecorder;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.Steps;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreFootprint;
import io.runledger.storage.api.StoreStatus;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@code /livez} never touches the store, so it stays 200 while the store is unavailable; {@code /readyz}
 * then answers 503 with the store's reason, and 503 {@code storage_full} when the volume is full.
 */
class ProbesTest {
    private final AtomicInteger storeReads = new AtomicInteger();

    private static <T> T untouchable(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new AssertionError("the probes must not use " + port.getSimpleName());
        }));
    }

    private LedgerServer serverWith(Supplier<StoreStatus> status, Supplier<StoreFootprint> footprint) {
        IdGenerator ids = new IdGenerator(Clock.systemUTC());
        Supplier<StoreStatus> counted = () -> {
            storeReads.incrementAndGet();
            return status.get();
        };
        Supplier<StoreFootprint> countedFootprint = () -> {
            storeReads.incrementAndGet();
            return footprint.get();
        };
        Services services = new Services(new RunRecorder(untouchable(Runs.class), ids, Clock.systemUTC()),
                new StepRecorder(untouchable(Steps.class), ids, Clock.systemUTC()),
                new AuditTrail(untouchable(AuditLog.class), ids, Clock.systemUTC()), counted, () -> {
                    throw new AssertionError("no deep check");
                }, () -> new AuditPrunes(List.of()), countedFootprint, List::of, new LedgerObservers());
        return LedgerServer.start(services, "test", "none", new HttpSettings("127.0.0.1", 0, 1024, AccessTokens.none()));
    }

    @Test
    void livenessNeverReadsTheStoreAndReadinessReportsItUnavailable() {
        Supplier<StoreStatus> unavailable = () -> {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot reach the store at /secret/place");
        };
        try (LedgerServer server = serverWith(unavailable, () -> StoreFootprint.UNKNOWN)) {
            TestHttpClient client = TestHttpClient.toLoopback(server.port());
            for (int i = 0; i < 5; i++) {
                HttpReply live = client.get("/livez");
                assertEquals(200, live.status(), live::toString);
                assertEquals("ok", live.json().path("status").asText());
            }
            assertEquals(0, storeReads.get(), "the liveness probe read the store");

            HttpReply ready = client.get("/readyz");
            assertEquals(503, ready.status(), ready::toString);
            assertEquals("store_unavailable", ready.reason());
            assertEquals(ready.header("X-Request-Id").orElseThrow(), ready.text("request_id"));
            assertEquals(-1, ready.body().indexOf("/secret/place"), "no location in an unauthenticated answer");
            assertEquals(200, client.get("/livez").status());
        }
    }

    @Test
    void aFullVolumeIsNotReadyWhileTheProcessStaysLive() {
        Supplier<StoreStatus> atHead = () -> new StoreStatus("test", "none", "/nowhere", true, 3, 3, List.of());
        Supplier<StoreFootprint> full = () -> new StoreFootprint(OptionalLong.of(1_000_000), OptionalLong.of(4096));
        try (LedgerServer server = serverWith(atHead, full)) {
            TestHttpClient client = TestHttpClient.toLoopback(server.port());
            HttpReply ready = client.get("/readyz");

            assertEquals(503, ready.status(), ready::toString);
            assertEquals("storage_full", ready.reason());
            assertEquals(200, client.get("/livez").status());
            assertEquals(200, client.get("/health").status(), "/health stays as it was: schema only");
        }
    }
}
