package io.runledger.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.reliability.ChildRunledger;
import io.runledger.reliability.Figures;
import io.runledger.testing.http.RawReply;
import io.runledger.testing.http.RawRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every endpoint × every credential (none, unknown, malformed header, read, write, admin) answers
 * exactly what docs/HTTP.md's rule gives, and no token — configured or not — ever shows up in an
 * answer or in anything {@code serve --verbose} printed.
 */
class AuthMatrixTest {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyEndpointAndCredentialGetsTheStatusTheDocPrescribesAndNoTokenLeaks(Backend backend) {
        HostileServer server = HostileServer.of(backend);
        List<String> mismatches = new ArrayList<>();
        int requests = 0;
        int allowed = 0;
        for (Endpoint endpoint : Endpoint.values()) {
            for (Credential credential : Credential.values()) {
                for (String authorization : credential.headers().isEmpty() ? java.util.Collections.singletonList((String) null) : credential.headers()) {
                    RawRequest request = ValidRequests.of(endpoint, context(server));
                    if (authorization != null) {
                        request = request.header("Authorization", authorization);
                    }
                    RawReply reply = server.send(request);
                    Answers.check(request, reply);
                    requests++;
                    int expected = credential.expectedStatus(endpoint);
                    allowed += expected / 100 == 2 ? 1 : 0;
                    if (reply.status() != expected) {
                        mismatches.add(endpoint + " with " + credential + ": expected " + expected + ", got " + reply.abbreviated());
                    }
                    if (expected == 401) {
                        assertEquals("Bearer realm=\"runledger\"", reply.header("WWW-Authenticate").orElse(""),
                                () -> endpoint + " " + credential);
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches);
        StoreLedger.Counts stored = StoreLedger.reconcile(server);
        String log = server.output();
        for (String token : Tokens.all()) {
            assertFalse(log.contains(token), () -> "serve printed a token: " + token);
        }
        Figures.record("hostile", "auth matrix, " + backend.name().toLowerCase(java.util.Locale.ROOT),
                Endpoint.values().length + " endpoints × (no token, 4 unknown tokens, 11 malformed Authorization headers, read, write, admin)",
                requests, allowed + " allowed as docs/HTTP.md says, " + (requests - allowed) + " refused 401/403",
                "0 mismatches with the doc's rule; 0 tokens in " + log.lines().count() + " log lines or any body; "
                        + "refused writes stored nothing (" + stored.runs() + " runs = acknowledged)");
    }

    @Test
    void aBadTokenListIsRefusedAtStartNamingThePositionNeverTheToken(@TempDir Path dir) {
        String secret = "secret-Q7f-of-16-chars-" + SEQUENCE.incrementAndGet();
        ChildRunledger.Result result = ChildRunledger.run(dir, Map.of("RUNLEDGER_TOKENS",
                "read:" + secret + ",write:has space " + secret + ",admin:" + secret + "x"),
                "--verbose", "--state", dir.resolve("s.sqlite").toString(), "serve", "--port", "0");

        assertEquals(2, result.exitCode(), result.output());
        assertTrue(result.output().contains("config_invalid") && result.output().contains("entry 2"), result.output());
        assertFalse(result.output().contains(secret), result.output());
    }

    /** A fresh run and pending step per request, so every allowed request is a valid one. */
    private static TryContext context(HostileServer server) {
        String unique = "au" + Long.toString(SEQUENCE.incrementAndGet(), 36) + "-" + Long.toString(System.nanoTime() % 100_000, 36);
        String runId = "fz-" + unique;
        String stepId = "s-" + unique;
        RawReply run = server.send(RawRequest.of("POST", "/v1/runs").json(ValidRequests.run(unique).toString()).bearer(Tokens.WRITE));
        assertEquals(201, run.status(), run::abbreviated);
        RawReply step = server.send(RawRequest.of("POST", "/v1/runs/" + runId + "/steps")
                .json("{\"step_id\":\"" + stepId + "\",\"name\":\"compile\"}").bearer(Tokens.WRITE));
        assertEquals(201, step.status(), step::abbreviated);
        return new TryContext(runId, stepId, "n" + unique, "");
    }
}
