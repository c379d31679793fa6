package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Bearer tokens with roles: every endpoint with no token, a wrong token, and a read, write and admin
 * token. Tokens are never echoed in a response nor written to the log.
 */
abstract class AuthApiContract extends ApiContract {
    private static final String READ = "read-token-Q3x9-a7Lk";
    private static final String WRITE = "write-token-Z7k2-b8Mn";
    private static final String ADMIN = "admin-token-P4m8-c9Np";
    private static final String WRONG = "wrong-token-L1n5-d0Pq";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level rootLevel;
    private Level runledgerLevel;
    private String runId;

    @Override
    protected AccessTokens tokens() {
        String hashedAdmin = HexFormat.of().formatHex(AccessTokens.sha256(ADMIN));
        return AccessTokens.parse("read:" + READ + ", write:" + WRITE + ",admin:sha256:" + hashedAdmin, "test");
    }

    @Override
    protected Optional<String> clientToken() {
        return Optional.of(ADMIN);
    }

    @BeforeAll
    void captureTheLog() {
        // Runledger's own loggers as with --verbose, the libraries one step chattier than shipped
        // (Jetty's DEBUG output holds raw request headers; the shipped configuration never enables it).
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger runledger = (Logger) LoggerFactory.getLogger("io.runledger");
        rootLevel = root.getLevel();
        runledgerLevel = runledger.getLevel();
        root.setLevel(Level.INFO);
        runledger.setLevel(Level.DEBUG);
        log.start();
        root.addAppender(log);
        runId = api.post("/v1/runs", "{}").text("run_id");
        api.post("/v1/runs/" + runId + "/steps", "{\"step_id\":\"s\",\"name\":\"s\"}");
    }

    @AfterAll
    void stopCapturing() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(log);
        root.setLevel(rootLevel);
        ((Logger) LoggerFactory.getLogger("io.runledger")).setLevel(runledgerLevel);
    }

    private record Call(String name, boolean writes, Function<TestHttpClient, HttpReply> send) {
    }

    private List<Call> everyEndpoint() {
        return List.of(
                new Call("list runs", false, c -> c.get("/v1/runs")),
                new Call("get run", false, c -> c.get("/v1/runs/" + runId)),
                new Call("list steps", false, c -> c.get("/v1/runs/" + runId + "/steps")),
                new Call("query audit", false, c -> c.get("/v1/audit")),
                new Call("create run", true, c -> c.post("/v1/runs", "{}")),
                new Call("finish run", true, c -> c.patch("/v1/runs/" + api.post("/v1/runs", "{}").text("run_id"),
                        "{\"status\":\"cancelled\"}")),
                new Call("add step", true, c -> c.post("/v1/runs/" + runId + "/steps", "{\"name\":\"n\"}")),
                new Call("move step", true, c -> c.patch("/v1/runs/" + runId + "/steps/s", "{\"status\":\"pending\"}")),
                new Call("append audit", true, c -> c.post("/v1/audit",
                        "{\"events\":[{\"level\":\"info\",\"scope\":\"a\",\"event\":\"e\",\"message\":\"m\"}]}")));
    }

    @Test
    void withoutATokenOrWithAWrongOneEveryV1EndpointIsUnauthorized() {
        for (Optional<String> token : List.of(Optional.<String>empty(), Optional.of(WRONG), Optional.of(""))) {
            TestHttpClient client = api.withToken(token);
            for (Call call : everyEndpoint()) {
                HttpReply response = call.send().apply(client);
                assertProblem(response, 401, "unauthorized");
                assertEquals(Optional.of("Bearer realm=\"runledger\""), response.wwwAuthenticate(), call.name());
            }
        }
    }

    @Test
    void aReadTokenMayReadButNotWrite() {
        TestHttpClient reader = api.withToken(Optional.of(READ));
        for (Call call : everyEndpoint()) {
            HttpReply response = call.send().apply(reader);
            if (call.writes()) {
                assertProblem(response, 403, "forbidden");
            } else {
                assertEquals(200, response.status(), call.name() + ": " + response);
            }
        }
    }

    @Test
    void writeAndAdminTokensMayDoEverything() {
        for (String token : List.of(WRITE, ADMIN)) {
            TestHttpClient client = api.withToken(Optional.of(token));
            for (Call call : everyEndpoint()) {
                HttpReply response = call.send().apply(client);
                assertTrue(response.status() != 401 && response.status() != 403, call.name() + ": " + response);
                assertTrue(response.status() < 400 || response.reason().equals("invalid_status_transition"),
                        call.name() + ": " + response);
            }
        }
    }

    @Test
    void healthAndTheDocumentNeedNoToken() {
        TestHttpClient anonymous = api.withToken(Optional.empty());

        assertEquals(200, anonymous.get("/health").status());
        assertEquals(200, anonymous.get("/openapi.json").status());
    }

    @Test
    void tokensAppearInNoResponseAndNoLogLine() {
        for (String token : List.of(READ, WRITE, ADMIN, WRONG)) {
            TestHttpClient client = api.withToken(Optional.of(token));
            for (Call call : everyEndpoint()) {
                HttpReply response = call.send().apply(client);
                assertFalse(response.body().contains(token), response::toString);
            }
            assertFalse(client.post("/v1/runs", "{\"colour\":1}").body().contains(token));
        }
        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        for (String token : List.of(READ, WRITE, ADMIN, WRONG)) {
            assertTrue(lines.stream().noneMatch(line -> line.contains(token)), "a log line holds a token");
        }
        assertFalse(lines.isEmpty(), "the test saw no log line at all, so it proves nothing");
    }
}
