package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.runledger.domain.AuditTrail;
import io.runledger.domain.Doctor;
import io.runledger.domain.IdGenerator;
import io.runledger.domain.RunRecorder;
import io.runledger.domain.StepRecorder;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.Steps;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.domain.LedgerObservers;
import io.runledger.storage.api.StoreFootprint;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What the API answers when the store fails under it: a store failure is a 503 with its reason, a bug
 * is a 500 internal_error with a correlation id that the log has with the stack trace — and the body
 * never carries a stack trace. Every port here fails the same way, whatever is asked of it.
 */
class ServerFailuresTest {
    private static <T> T failing(Class<T> port, RuntimeException failure) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw failure;
        }));
    }

    private static LedgerServer serverOver(RuntimeException failure, Supplier<StoreStatus> status) {
        IdGenerator ids = new IdGenerator(Clock.systemUTC());
        Services services = new Services(new RunRecorder(failing(Runs.class, failure), ids, Clock.systemUTC()),
                new StepRecorder(failing(Steps.class, failure), ids, Clock.systemUTC()),
                new AuditTrail(failing(AuditLog.class, failure), ids, Clock.systemUTC()), status,
                () -> new Doctor().examine(failing(StoreAdmin.class, failure)), () -> {
                    throw failure;
                }, () -> StoreFootprint.UNKNOWN, List::of, new LedgerObservers());
        return LedgerServer.start(services, "test", "none", new HttpSettings("127.0.0.1", 0, 1024, AccessTokens.none()));
    }

    private static StoreStatus status(boolean initialized, int version) {
        return new StoreStatus("test", "none", "/nowhere", initialized, version, 3, List.of());
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorWithACorrelationIdAndNoStackTrace() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try (LedgerServer server = serverOver(new IllegalStateException("boom in the adapter"), () -> status(true, 3))) {
            HttpReply response = TestHttpClient.toLoopback(server.port()).get("/v1/runs/r1");

            assertEquals(500, response.status(), response::toString);
            assertEquals("application/problem+json", response.mediaType());
            assertEquals("internal_error", response.reason());
            String correlationId = response.text("correlation_id");
            assertTrue(response.text("detail").contains(correlationId));
            assertFalse(response.body().contains("boom"), response::toString);
            assertFalse(response.body().contains("at io.runledger"), response::toString);
            assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().contains(correlationId)
                    && e.getThrowableProxy() != null), "the log has the correlation id with the stack trace");
            assertTrue(ApiContract.DOCUMENT.violations(response).isEmpty(), () -> ApiContract.DOCUMENT.violations(response).toString());
        } finally {
            root.detachAppender(log);
        }
    }

    @Test
    void aStoreFailureIsAServiceUnavailableWithItsReason() {
        try (LedgerServer server = serverOver(new StoreException(ReasonCode.STORE_LOCKED, "the store is locked"),
                () -> status(true, 3))) {
            TestHttpClient client = TestHttpClient.toLoopback(server.port());
            HttpReply read = client.get("/v1/runs/r1");
            HttpReply write = client.post("/v1/audit", "{\"events\":[{\"level\":\"info\",\"scope\":\"s\",\"event\":\"e\",\"message\":\"m\"}]}");

            ApiContract.assertProblem(read, 503, "store_locked");
            ApiContract.assertProblem(write, 503, "store_locked");
            assertTrue(ApiContract.DOCUMENT.violations(read).isEmpty(), () -> ApiContract.DOCUMENT.violations(read).toString());
            assertTrue(ApiContract.DOCUMENT.violations(write).isEmpty(), () -> ApiContract.DOCUMENT.violations(write).toString());
        }
    }

    @Test
    void healthIsServiceUnavailableWhenTheStoreIsNotUsable() {
        List<Supplier<StoreStatus>> unusable = List.of(
                () -> status(false, 0),
                () -> status(true, 2),
                () -> status(true, 4),
                () -> {
                    throw new StoreException(ReasonCode.SQLITE_UNAVAILABLE, "no native library");
                });
        List<String> reasons = new ArrayList<>();
        for (Supplier<StoreStatus> status : unusable) {
            try (LedgerServer server = serverOver(new IllegalStateException("unused"), status)) {
                HttpReply health = TestHttpClient.toLoopback(server.port()).get("/health");
                assertEquals(503, health.status(), health::toString);
                assertEquals("test", health.text("store_backend"));
                assertTrue(ApiContract.DOCUMENT.violations(health).isEmpty(), () -> ApiContract.DOCUMENT.violations(health).toString());
                reasons.add(health.reason());
            }
        }
        assertEquals(List.of("store_not_initialized", "schema_pending", "schema_newer_than_binary", "sqlite_unavailable"), reasons);
    }

    @Test
    void healthShowsNoPathHostUserOrPidAndTheLogHasTheDetailWithoutThePassword() {
        String detail = "the store /home/alice/runledger-data/state.sqlite is locked by pid 4242 on build-host-7,"
                + " shared with jdbc:postgresql://alice:s3cr;et@db.example.org:5432/ledger";
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try (LedgerServer server = serverOver(new IllegalStateException("unused"), () -> {
            throw new StoreException(ReasonCode.STORE_LOCKED, detail);
        })) {
            HttpReply health = TestHttpClient.toLoopback(server.port()).get("/health");

            assertEquals(503, health.status(), health::toString);
            assertEquals("store_locked", health.reason());
            for (String secret : List.of("/home", "alice", "4242", "build-host-7", "db.example.org", "s3cr", "et@")) {
                assertFalse(health.body().contains(secret), () -> secret + " shown in " + health);
            }
            assertTrue(ApiContract.DOCUMENT.violations(health).isEmpty(), () -> ApiContract.DOCUMENT.violations(health).toString());
            assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().contains("pid 4242 on build-host-7")),
                    "the log has the detail");
            assertTrue(log.list.stream().noneMatch(e -> e.getFormattedMessage().contains("s3cr")), "never the password");
        } finally {
            root.detachAppender(log);
        }
    }
}
