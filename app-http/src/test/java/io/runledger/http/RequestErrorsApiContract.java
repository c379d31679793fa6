package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.testing.http.HttpReply;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Bad request content is a 4xx problem, never a 5xx: malformed JSON, invalid UTF-8, deep nesting,
 * unknown fields, wrong types, wrong content type, bodies over the limit, unknown paths.
 */
abstract class RequestErrorsApiContract extends ApiContract {
    private HttpReply postRaw(byte[] body, String contentType) {
        return api.send("POST", "/v1/runs", body, Optional.ofNullable(contentType));
    }

    @Test
    void malformedJsonIsRefused() {
        for (String body : new String[] {"{", "", "{\"a\":1,}", "{\"a\":1}{}", "nul", "{\"a\":1,\"a\":2}", "{'a':1}"}) {
            assertProblem(api.post("/v1/runs", body), 400, "malformed_json");
        }
    }

    @Test
    void invalidUtf8IsMalformedJson() {
        byte[] body = {'{', '"', 'a', 'r', 'g', 's', '"', ':', '{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}', '}'};

        assertProblem(postRaw(body, "application/json"), 400, "malformed_json");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        HttpReply response = api.post("/v1/runs", "{\"args\":{\"x\":" + deep + "}}");

        assertEquals(400, response.status(), response::toString);
        assertEquals("malformed_json", response.reason());
        assertEquals("Malformed JSON", response.text("title"), "titles spell acronyms as people write them");
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        HttpReply response = api.post("/v1/runs", "{\"args\":{},\"colour\":\"red\"}");

        assertProblem(response, 400, "validation_failed");
        assertTrue(response.text("detail").contains("\"colour\""), response::toString);
    }

    @Test
    void wrongTypesAreRefusedByName() {
        assertProblem(api.post("/v1/runs", "{\"args\":[1]}"), 400, "validation_failed");
        assertProblem(api.post("/v1/runs", "{\"git_sha\":42}"), 400, "validation_failed");
        assertProblem(api.post("/v1/runs", "{\"labels\":{\"a\":1}}"), 400, "validation_failed");
        assertProblem(api.post("/v1/runs", "{\"run_id\":\"has space\"}"), 400, "validation_failed");
        assertProblem(api.post("/v1/runs", "{\"config_hash\":\"XYZ\"}"), 400, "validation_failed");
        assertProblem(api.post("/v1/runs", "[]"), 400, "validation_failed");
        assertProblem(api.post("/v1/runs", "\"run\""), 400, "validation_failed");
        HttpReply typed = api.post("/v1/runs", "{\"git_sha\":42}");
        assertTrue(typed.text("detail").contains("git_sha"), typed::toString);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);

        assertProblem(postRaw(json, "text/plain"), 415, "unsupported_media_type");
        assertProblem(postRaw(json, null), 415, "unsupported_media_type");
        assertProblem(postRaw(json, "application/json; charset=iso-8859-1"), 415, "unsupported_media_type");
        assertEquals(201, postRaw(json, "application/json; charset=UTF-8").status());
    }

    @Test
    void aBodyOverTheLimitIsPayloadTooLarge() {
        byte[] body = new byte[1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';

        assertProblem(postRaw(body, "application/json"), 413, "payload_too_large");
        assertProblem(api.send("POST", "/v1/audit", body, Optional.of("application/json")), 413, "payload_too_large");
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        HttpReply response = api.unobserved().send("GET", "/v1/nothing-here");

        assertEquals(404, response.status(), response::toString);
        assertEquals("application/problem+json", response.mediaType());
        assertFalse(response.body().contains("Exception"), response::toString);
    }

    @Test
    void aRequestTargetJettyCannotDecodeIsAProblemNotAnHtmlPage() throws IOException {
        for (String target : new String[] {"/v1/runs/%ZZ", "/v1/runs/a%00b", "/v1/runs/a\u00ffb", "/v1/store/../../../../etc/passwd"}) {
            String answer = rawGet(target);

            assertTrue(answer.startsWith("HTTP/1.1 400 "), target + ": " + answer);
            assertTrue(answer.contains("Content-Type: application/problem+json"), target + ": " + answer);
            assertTrue(answer.contains("\"reason\":\"validation_failed\""), target + ": " + answer);
        }
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("PATCH /v1/runs/a\u00ffb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1));
            String patched = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(patched.startsWith("HTTP/1.1 400 ") && patched.contains("\"reason\":\"validation_failed\""), patched);
        }
        String tooLong = rawGet("/v1/runs/" + "x".repeat(10_000));
        assertTrue(tooLong.startsWith("HTTP/1.1 414 ") && tooLong.contains("application/problem+json"), tooLong);
    }

    @Test
    void aQueryParameterWithABrokenEscapeIsRefusedNotDropped() throws IOException {
        for (String query : new String[] {"status=%E", "limit=%ZZ", "%ZZ=1", "label=env=a%"}) {
            String answer = rawGet("/v1/runs?" + query);

            assertTrue(answer.startsWith("HTTP/1.1 400 ") && answer.contains("\"reason\":\"validation_failed\""),
                    query + ": " + answer);
        }
    }

    /** A GET sent byte for byte (java.net.http refuses to send an invalid target). */
    private String rawGet(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void problemsCarryTheRfc9457MembersAndTheReason() {
        HttpReply response = api.get("/v1/runs/no-such-run");

        assertEquals(404, response.json().path("status").asInt());
        assertEquals("Run not found", response.text("title"));
        assertEquals("run_not_found", response.text("reason"));
        assertTrue(response.text("detail").contains("no-such-run"));
    }
}
