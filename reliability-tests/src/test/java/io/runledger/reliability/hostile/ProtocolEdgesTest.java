package io.runledger.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.reliability.Figures;
import io.runledger.reliability.Scale;
import io.runledger.reliability.ServeProcess;
import io.runledger.testing.http.RawHttp;
import io.runledger.testing.http.RawReply;
import io.runledger.testing.http.RawRequest;
import io.runledger.testing.http.RawRequest.BodyEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the connection and the request line can do besides the body, on SQLite, JSON and PostgreSQL:
 * every method on every route and on the console's paths is answered without a server error, the same
 * on every backend, HEAD like GET without a body; a body cut short is 400 and a stalled one 408 within
 * the idle timeout, storing nothing; without tokens only loopback names and {@code http.allowed_hosts}
 * are answered in {@code Host}, on every path. The fuzz ({@link HttpFuzzProperties}) mixes the same
 * changes into random requests; this test covers each of them once, deterministically.
 */
class ProtocolEdgesTest {
    private static final List<String> METHODS = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE",
            "TRACE", "QUERY", "FOO");
    private static final List<String> CONSOLE = List.of("/", "/index.html", "/js/app.js", "/console.css", "/js/nothing.js");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private static String unique() {
        return "pe" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    /** A run and a pending step with the same ids on every backend. */
    private static TryContext context() {
        String unique = unique();
        TryContext context = new TryContext("fz-" + unique, "s-" + unique, "n" + unique, "");
        for (Backend backend : Backend.values()) {
            HostileServer server = HostileServer.of(backend);
            assertEquals(201, server.send(RawRequest.of("POST", "/v1/runs").json(ValidRequests.run(unique).toString())
                    .bearer(Tokens.WRITE)).status());
            assertEquals(201, server.send(RawRequest.of("POST", "/v1/runs/" + context.runId() + "/steps")
                    .json("{\"step_id\":\"" + context.stepId() + "\",\"name\":\"compile\"}").bearer(Tokens.WRITE)).status());
        }
        return context;
    }

    @Test
    void everyMethodOnEveryRouteAndConsolePathIsAnsweredAlikeWithoutAServerError() {
        TryContext context = context();
        List<String> paths = new ArrayList<>(CONSOLE);
        for (Endpoint endpoint : Endpoint.values()) {
            paths.add(endpoint.path(context.runId(), "s-none"));
        }
        int asked = 0;
        for (String path : paths) {
            Map<Backend, Integer> getStatus = new EnumMap<>(Backend.class);
            for (String method : METHODS) {
                RawRequest request = RawRequest.of(method, path).bearer(Tokens.ADMIN);
                Map<Backend, String> answers = new EnumMap<>(Backend.class);
                for (Backend backend : Backend.values()) {
                    RawReply reply = HostileServer.of(backend).send(request);
                    Answers.check(request, reply);
                    answers.put(backend, reply.status() + (method.equals("HEAD") ? "" : " " + SameAnswers.of(reply)));
                    if (method.equals("GET")) {
                        getStatus.put(backend, reply.status());
                    } else if (method.equals("HEAD")) {
                        assertEquals(getStatus.get(backend), reply.status(), () -> "HEAD answers unlike GET on " + backend + " " + path);
                    }
                    asked++;
                }
                SameAnswers.require(request, answers);
            }
        }
        Figures.record("hostile", "methods on every route", METHODS.size() + " methods × " + paths.size()
                + " paths (every route, console files)", asked, "answered", "0 5xx, HEAD = GET without a body, the same on "
                + "every backend");
    }

    @Test
    void aShortBodyIs400AndAStalledOne408WithinTheIdleTimeoutAndNeitherStoresAnything() {
        // A stalled body costs an idle timeout per backend: the short form stalls one endpoint, the long form all.
        List<Endpoint> stalled = Scale.current() == Scale.SHORT ? List.of(Endpoint.APPEND_AUDIT) : List.of(Endpoint.values());
        Duration slowest = Duration.ZERO;
        for (Endpoint endpoint : Endpoint.values()) {
            if (!endpoint.hasBody()) {
                continue;
            }
            TryContext context = context();
            RawRequest valid = ValidRequests.of(endpoint, context).bearer(Tokens.ADMIN);
            SameAnswers.requireEverywhere("400 malformed_json", valid.ending(BodyEnd.SHORT_THEN_CLOSED));
            if (stalled.contains(endpoint)) {
                long started = System.nanoTime();
                SameAnswers.requireEverywhere("408 request_timeout", valid.ending(BodyEnd.SHORT_THEN_STALLED));
                Duration took = Duration.ofNanos((System.nanoTime() - started) / Backend.values().length);
                slowest = took.compareTo(slowest) > 0 ? took : slowest;
            }
        }
        Duration bound = HostileServer.IDLE_TIMEOUT.multipliedBy(5);
        Duration observed = slowest;
        assertTrue(observed.compareTo(bound) < 0, () -> "a stalled body was answered after " + observed);
        for (Backend backend : Backend.values()) {
            StoreLedger.reconcile(HostileServer.of(backend));
        }
    }

    @Test
    void withoutTokensOnlyLoopbackNamesAndAllowedHostsAreAnsweredOnEveryPath(@TempDir Path dir) throws Exception {
        List<String> paths = new ArrayList<>(CONSOLE);
        paths.addAll(List.of("/health", "/openapi.json", "/v1/runs", "/v1/store", "/v1/audit"));
        try (ServeProcess serve = ServeProcess.start(dir, Map.of("RUNLEDGER_HTTP_ALLOWED_HOSTS", "ledger.lan"),
                List.of("--state", dir.resolve("s.sqlite").toString()), Files.createFile(dir.resolve("serve.log")))) {
            int port = serve.baseUri().getPort();
            for (String path : paths) {
                for (String host : List.of("attacker.example", "attacker.example:" + port, "127.0.0.1.nip.io", "ledger.lan.evil")) {
                    RawReply refused = RawHttp.send(serve.baseUri(),
                            RawRequest.of("GET", path).header("Host", host));
                    assertEquals(403, refused.status(), () -> host + " " + path + ": " + refused.abbreviated());
                    assertEquals("host_not_allowed", refused.json().path("reason").asText(), refused::abbreviated);
                }
                for (String host : List.of("localhost:" + port, "127.0.0.1", "[::1]:" + port, "LEDGER.lan")) {
                    RawReply answered = RawHttp.send(serve.baseUri(),
                            RawRequest.of("GET", path).header("Host", host));
                    assertTrue(answered.status() == 200 || path.equals("/js/nothing.js") && answered.status() == 404,
                            () -> host + " " + path + ": " + answered.abbreviated());
                }
            }
            RawReply forged = RawHttp.send(serve.baseUri(), RawRequest.of("POST", "/v1/runs")
                    .header("Host", "localhost:" + port).header("Origin", "http://attacker.example").json("{}"));
            assertEquals(403, forged.status(), forged::abbreviated);
        }
    }
}
