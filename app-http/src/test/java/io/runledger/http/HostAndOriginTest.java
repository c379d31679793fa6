package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.testing.http.RawHttp;
import io.runledger.testing.http.RawReply;
import io.runledger.testing.http.RawRequest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No DNS rebinding: without tokens the server answers only requests whose {@code Host} is a loopback
 * name (or one of {@code http.allowed_hosts}), and a state-changing request whose {@code Origin} is
 * another site's is refused — both {@code 403 host_not_allowed}. Requests go over a plain socket, the
 * only way to choose the {@code Host} header.
 */
class HostAndOriginTest extends ApiContract {
    private static final List<String> PATHS = List.of("/", "/js/app.js", "/health", "/openapi.json", "/v1/runs",
            "/v1/store", "/nothing-here");

    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }

    private RawReply send(RawRequest request) {
        return RawHttp.send(api.base(), request);
    }

    static void assertHostNotAllowed(RawReply reply) {
        assertEquals(403, reply.status(), reply::abbreviated);
        assertEquals("application/problem+json", reply.header("content-type").orElseThrow(), reply::abbreviated);
        assertEquals("host_not_allowed", reply.json().path("reason").asText(), reply::abbreviated);
    }

    @Test
    void aForeignHostIsRefusedOnEveryPathTheConsoleIncluded() {
        for (String host : List.of("attacker.example", "attacker.example:" + server.port(), "localhost.attacker.example",
                "127.0.0.1.nip.io", "10.0.0.1", "[::2]:" + server.port())) {
            for (String path : PATHS) {
                assertHostNotAllowed(send(RawRequest.of("GET", path).header("Host", host)));
            }
        }
    }

    @Test
    void loopbackNamesAreAcceptedWithOrWithoutThePort() {
        for (String host : List.of("localhost", "localhost:" + server.port(), "LocalHost:" + server.port(), "127.0.0.1",
                "127.0.0.1:" + server.port(), "[::1]", "[::1]:" + server.port())) {
            RawReply runs = send(RawRequest.of("GET", "/v1/runs").header("Host", host));
            assertEquals(200, runs.status(), () -> host + ": " + runs.abbreviated());
            RawReply console = send(RawRequest.of("GET", "/").header("Host", host));
            assertEquals(200, console.status(), () -> host + ": " + console.abbreviated());
        }
    }

    @Test
    void aStateChangingRequestFromAnotherOriginIsRefusedAndNothingIsWritten() {
        for (String origin : List.of("http://attacker.example", "http://attacker.example:" + server.port(), "null",
                "http://localhost:" + (server.port() + 1), "https://127.0.0.1:" + server.port() + ".attacker.example")) {
            String runId = id("forged");
            assertHostNotAllowed(send(RawRequest.of("POST", "/v1/runs").header("Origin", origin)
                    .json("{\"run_id\":\"" + runId + "\"}")));
            assertEquals(404, api.get("/v1/runs/" + runId).status(), origin);
            assertHostNotAllowed(send(RawRequest.of("PATCH", "/v1/runs/" + runId + "/steps/s").header("Origin", origin)
                    .json("{\"status\":\"running\"}")));
        }
    }

    @Test
    void theServersOwnOriginMayWriteAndAnyOriginMayRead() {
        String own = "http://127.0.0.1:" + server.port();
        RawReply created = send(RawRequest.of("POST", "/v1/runs").header("Origin", own).json("{}"));
        assertEquals(201, created.status(), created::abbreviated);
        RawReply ownByName = send(RawRequest.of("POST", "/v1/runs").header("Host", "localhost:" + server.port())
                .header("Origin", "http://localhost:" + server.port()).json("{}"));
        assertEquals(201, ownByName.status(), ownByName::abbreviated);
        RawReply read = send(RawRequest.of("GET", "/v1/runs").header("Origin", "http://attacker.example"));
        assertEquals(200, read.status(), read::abbreviated);
    }

    @Test
    void httpAllowedHostsAddsNamesForHostAndOrigin() {
        try (LedgerServer named = LedgerServer.start(runtime,
                settings().withAllowedHosts(List.of("ledger.lan")))) {
            URI base = URI.create("http://127.0.0.1:" + named.port());
            RawReply read = RawHttp.send(base, RawRequest.of("GET", "/v1/runs").header("Host", "Ledger.lan:" + named.port()));
            assertEquals(200, read.status(), read::abbreviated);
            RawReply proxied = RawHttp.send(base, RawRequest.of("POST", "/v1/runs")
                    .header("Origin", "https://ledger.lan").json("{}"));
            assertEquals(201, proxied.status(), proxied::abbreviated);
            assertHostNotAllowed(RawHttp.send(base, RawRequest.of("GET", "/").header("Host", "ledger.lan.attacker.example")));
        }
    }

    @Test
    void withTokensAnyHostIsAnsweredButAForeignOriginStillCannotWrite() {
        String token = "a-write-token-of-some-length";
        try (LedgerServer authenticated = LedgerServer.start(runtime,
                new HttpSettings("127.0.0.1", 0, 1024 * 1024, AccessTokens.parse("write:" + token, "test")))) {
            URI base = URI.create("http://127.0.0.1:" + authenticated.port());
            RawReply read = RawHttp.send(base, RawRequest.of("GET", "/v1/runs").header("Host", "ledger.example.com")
                    .bearer(token));
            assertEquals(200, read.status(), read::abbreviated);
            RawReply written = RawHttp.send(base, RawRequest.of("POST", "/v1/runs").header("Host", "ledger.example.com")
                    .header("Origin", "https://ledger.example.com").bearer(token).json("{}"));
            assertEquals(201, written.status(), written::abbreviated);
            assertHostNotAllowed(RawHttp.send(base, RawRequest.of("POST", "/v1/runs").header("Host", "ledger.example.com")
                    .header("Origin", "https://attacker.example").bearer(token).json("{}")));
        }
    }
}
