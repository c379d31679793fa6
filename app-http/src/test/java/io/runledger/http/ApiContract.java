package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of the HTTP contract suite, written once for every backend: a real server on a free
 * loopback port over a fresh store of {@link #fixture()}'s backend. After each test every response it
 * received is checked against the OpenAPI document (status, content type, body schema), must carry an
 * {@code X-Request-Id}, and none may be a 5xx — no input reaches a server error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {
    static final OpenApiDocument DOCUMENT = new OpenApiDocument(HealthRoutes.openApiDocument());
    private static final AtomicInteger IDS = new AtomicInteger();

    private final List<HttpReply> exchanges = new ArrayList<>();
    protected HttpBackendFixture fixture;
    protected LedgerRuntime runtime;
    protected LedgerServer server;
    protected TestHttpClient api;

    /** The backend under test; called once per test class. */
    protected abstract HttpBackendFixture fixture();

    /** The tokens the server is configured with; none (auth off) unless a contract needs them. */
    protected AccessTokens tokens() {
        return AccessTokens.none();
    }

    /** The server's settings; a loopback free port, a 1 MiB body limit and {@link #tokens()} unless a contract needs others. */
    protected HttpSettings settings() {
        return new HttpSettings("127.0.0.1", 0, 1024 * 1024, tokens());
    }

    /** The token the default client presents. */
    protected Optional<String> clientToken() {
        return Optional.empty();
    }

    @BeforeAll
    void startServer() {
        fixture = fixture();
        runtime = fixture.freshRuntime();
        runtime.storeForWriting();
        server = LedgerServer.start(runtime, settings());
        api = TestHttpClient.toLoopback(server.port()).withToken(clientToken()).observedBy(reply -> {
            synchronized (exchanges) {
                exchanges.add(reply);
            }
        });
    }

    @AfterAll
    void stopServer() {
        server.close();
        runtime.close();
        fixture.close();
    }

    @AfterEach
    void everyResponseMatchesTheOpenApiDocumentAndNoneIsAServerError() {
        List<HttpReply> seen;
        synchronized (exchanges) {
            seen = List.copyOf(exchanges);
            exchanges.clear();
        }
        List<String> violations = new ArrayList<>();
        for (HttpReply response : seen) {
            violations.addAll(DOCUMENT.violations(response));
            if (response.header(RequestIds.HEADER).isEmpty()) {
                violations.add("no " + RequestIds.HEADER + " header: " + response);
            }
            if (response.status() >= 500) {
                violations.add("server error: " + response);
            }
        }
        assertEquals(List.of(), violations);
        recorded(seen);
    }

    /** Called with each test's exchanges after they were checked; for contracts that count coverage. */
    protected void recorded(List<HttpReply> exchanges) {
    }

    /** A new id, unique in this JVM, with a readable prefix. */
    static String id(String prefix) {
        return prefix + "-" + IDS.incrementAndGet();
    }

    static void assertProblem(HttpReply response, int status, String reason) {
        assertEquals(status, response.status(), response::toString);
        assertEquals("application/problem+json", response.mediaType(), response::toString);
        assertEquals(reason, response.reason(), response::toString);
        assertTrue(response.json().path("detail").isTextual(), response::toString);
        assertEquals("urn:runledger:reason:" + reason, response.text("type"), response::toString);
    }
}
