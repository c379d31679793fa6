package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.runledger.testing.http.RawHttp;
import io.runledger.testing.http.RawReply;
import io.runledger.testing.http.RawRequest;
import io.runledger.testing.http.RawRequest.BodyEnd;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A body shorter than its {@code Content-Length} is the client's fault, never a server error: when the
 * client closes its side it is {@code 400 malformed_json}; when it goes silent it is
 * {@code 408 request_timeout} once the server's idle timeout ({@code http.idle_timeout_ms}) passes. Neither
 * writes an ERROR line to the log.
 */
class ShortAndStalledBodiesTest extends ApiContract {
    private static final Duration IDLE_TIMEOUT = Duration.ofMillis(500);
    private static final String EVENTS = "{\"events\":[{\"level\":\"info\",\"scope\":\"s\",\"event\":\"e\",\"message\":\"a message\"}]}";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }

    @Override
    protected HttpSettings settings() {
        return super.settings().withIdleTimeout(IDLE_TIMEOUT);
    }

    @BeforeEach
    void captureTheLog() {
        log.list.clear();
        log.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void noErrorWasLogged() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        List<String> errors = log.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(List.of(), errors);
    }

    private RawReply send(String method, String path, String json, BodyEnd end) {
        return RawHttp.send(api.base(), RawRequest.of(method, path).json(json).ending(end));
    }

    @Test
    void aBodyCutShortByTheClientIsMalformedJson() {
        String runId = id("short");
        for (RawReply reply : List.of(send("POST", "/v1/audit", EVENTS, BodyEnd.SHORT_THEN_CLOSED),
                send("POST", "/v1/runs", "{\"run_id\":\"" + runId + "\",\"args\":{\"a\":1}}", BodyEnd.SHORT_THEN_CLOSED))) {
            assertEquals(400, reply.status(), reply::abbreviated);
            assertEquals("malformed_json", reply.json().path("reason").asText(), reply::abbreviated);
        }
        assertEquals(404, api.get("/v1/runs/" + runId).status());
    }

    @Test
    void aStalledBodyIsARequestTimeoutWithinTheIdleTimeout() {
        long started = System.nanoTime();
        RawReply reply = send("POST", "/v1/audit", EVENTS, BodyEnd.SHORT_THEN_STALLED);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(408, reply.status(), reply::abbreviated);
        assertEquals("request_timeout", reply.json().path("reason").asText(), reply::abbreviated);
        assertTrue(took.compareTo(IDLE_TIMEOUT.multipliedBy(10)) < 0, () -> "answered after " + took);
    }
}
