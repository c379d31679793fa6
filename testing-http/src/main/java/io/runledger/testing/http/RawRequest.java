package io.runledger.testing.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP/1.1 request exactly as it goes on the wire: the request target is sent byte for byte
 * (ISO-8859-1, so any byte a fuzzer makes up), headers as given, and the body, if any, with a
 * {@code Content-Length} unless {@code chunked} asks for chunked transfer instead. {@code end} can make the
 * body shorter than the {@code Content-Length} it declares: half of it is sent, then the client closes its
 * side or goes silent while it waits for the answer.
 */
public record RawRequest(String method, String target, List<String[]> headers, Optional<byte[]> body,
        boolean chunked, BodyEnd end) {

    /** How the body ends. */
    public enum BodyEnd {
        /** All of it. */
        WHOLE,
        /** Half of it, then the client shuts its output down (the server reads an early end of stream). */
        SHORT_THEN_CLOSED,
        /** Half of it, then nothing more while the client waits for the answer (a stalled upload). */
        SHORT_THEN_STALLED
    }

    /** A request whose body, if any, is sent whole. */
    public RawRequest(String method, String target, List<String[]> headers, Optional<byte[]> body, boolean chunked) {
        this(method, target, headers, body, chunked, BodyEnd.WHOLE);
    }

    /** A request without headers or body. */
    public static RawRequest of(String method, String target) {
        return new RawRequest(method, target, List.of(), Optional.empty(), false);
    }

    /** This request with one more header. */
    public RawRequest header(String name, String value) {
        List<String[]> more = new ArrayList<>(headers);
        more.add(new String[] {name, value});
        return new RawRequest(method, target, List.copyOf(more), body, chunked, end);
    }

    /** This request with {@code Authorization: Bearer token}. */
    public RawRequest bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    /** This request with a JSON body ({@code Content-Type: application/json}). */
    public RawRequest json(String text) {
        return header("Content-Type", "application/json").body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** This request with these body bytes (and no change to the headers). */
    public RawRequest body(byte[] bytes) {
        return new RawRequest(method, target, headers, Optional.of(bytes), chunked, end);
    }

    /** This request sent with chunked transfer encoding (no Content-Length for the server to trust). */
    public RawRequest withChunkedTransfer() {
        return new RawRequest(method, target, headers, body, true, end);
    }

    /** This request with its body ending as {@code how} (a short body keeps the full {@code Content-Length}). */
    public RawRequest ending(BodyEnd how) {
        return new RawRequest(method, target, headers, body, chunked, how);
    }

    /** A short description for assertion messages (never the body in full). */
    public String describe() {
        String shown = body.map(bytes -> new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8)
                + (bytes.length > 300 ? "…(" + bytes.length + " bytes)" : "")).orElse("");
        StringBuilder text = new StringBuilder(method).append(' ')
                .append(target.length() > 300 ? target.substring(0, 300) + "…" : target);
        headers.forEach(header -> text.append(" [").append(header[0]).append(": ").append(header[1]).append(']'));
        return text.append(chunked ? " chunked " : " ").append(end == BodyEnd.WHOLE ? "" : end + " ").append(shown)
                .toString();
    }
}
