package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.domain.AuditTrail;
import io.runledger.domain.DoctorReport;
import io.runledger.domain.IdGenerator;
import io.runledger.domain.RunRecorder;
import io.runledger.domain.StepRecorder;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.Check;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.Steps;
import io.runledger.storage.api.StoreStatus;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * What {@code /health} and {@code /v1/store} cost the store: the summary and the health answer come
 * from one shared status read, never from the doctor's deep check; the deep check runs at most once
 * at a time, and a request arriving while it runs shares its report.
 */
class StoreReadCostTest {
    private final AtomicInteger statusReads = new AtomicInteger();
    private final AtomicInteger deepChecks = new AtomicInteger();

    private static <T> T unused(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new IllegalStateException("not used here");
        }));
    }

    private LedgerServer serverWith(Supplier<DoctorReport> doctor) {
        IdGenerator ids = new IdGenerator(Clock.systemUTC());
        Supplier<StoreStatus> status = () -> {
            statusReads.incrementAndGet();
            return new StoreStatus("test", "none", "/nowhere", true, 3, 3, List.of());
        };
        Services services = new Services(new RunRecorder(unused(Runs.class), ids, Clock.systemUTC()),
                new StepRecorder(unused(Steps.class), ids, Clock.systemUTC()),
                new AuditTrail(unused(AuditLog.class), ids, Clock.systemUTC()), status, () -> {
                    deepChecks.incrementAndGet();
                    return doctor.get();
                });
        return LedgerServer.start(services, "test", "none",
                new HttpSettings("127.0.0.1", 0, 1024, AccessTokens.none()).withHealthMaxAge(Duration.ofHours(1)));
    }

    private static DoctorReport healthy() {
        return new DoctorReport(true, "test", "none", true, 3, 3, List.of(new Check("store", true, "fine")), Optional.empty());
    }

    @Test
    void healthAndTheSummaryShareOneStatusReadAndNeverRunTheDeepCheck() {
        try (LedgerServer server = serverWith(StoreReadCostTest::healthy)) {
            TestHttpClient client = TestHttpClient.toLoopback(server.port());
            for (int i = 0; i < 20; i++) {
                assertEquals(200, client.get("/health").status());
                assertEquals(200, client.get("/v1/store").status());
            }

            assertEquals(1, statusReads.get(), "one read within the maximum age");
            assertEquals(0, deepChecks.get());
        }
    }

    @Test
    void aSecondDeepCheckWhileOneRunsSharesItsReport() throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (LedgerServer server = serverWith(() -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return healthy();
        })) {
            TestHttpClient client = TestHttpClient.toLoopback(server.port());
            CompletableFuture<HttpReply> first = CompletableFuture.supplyAsync(() -> client.get("/v1/store/check"));
            assertTrue(inside.await(30, TimeUnit.SECONDS), "the first deep check runs");
            CompletableFuture<HttpReply> second = CompletableFuture.supplyAsync(() -> client.get("/v1/store/check"));
            Awaitility.await("the second request waits for the running check").atMost(Duration.ofSeconds(30))
                    .until(() -> threadsIn(SharedRead.class) == 2);
            release.countDown();

            assertEquals(200, first.join().status(), first.join()::toString);
            assertEquals(200, second.join().status(), second.join()::toString);
            assertEquals(first.join().body(), second.join().body());
            assertEquals(1, deepChecks.get(), "one deep check for both");
            assertEquals(200, client.get("/v1/store/check").status());
            assertEquals(2, deepChecks.get(), "a finished check is not reused");
        }
    }

    private static long threadsIn(Class<?> type) {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> List.of(stack).stream().anyMatch(frame -> frame.getClassName().equals(type.getName())))
                .count();
    }
}
