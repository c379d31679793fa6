package io.runledger.testing.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one HTTP client of the test suites (java.net.http): requests to one server, answered as
 * {@link HttpReply} values. Each {@code with…} returns a new client that shares the connection pool;
 * special needs are expressed through them: a bearer token, extra headers, raw body bytes, a request
 * timeout, an observer that sees every answer (e.g. to validate it against the OpenAPI document).
 * A request that gets no answer (refused, reset, timed out) throws {@link UncheckedIOException}.
 */
public final class TestHttpClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Consumer<HttpReply> NO_OBSERVER = reply -> { };

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> headers;
    private final Duration timeout;
    private final Consumer<HttpReply> observer;

    private TestHttpClient(HttpClient http, URI base, Map<String, String> headers, Duration timeout, Consumer<HttpReply> observer) {
        this.http = http;
        this.base = base;
        this.headers = Map.copyOf(headers);
        this.timeout = timeout;
        this.observer = observer;
    }

    /** A client for the server at {@code base} (e.g. {@code http://127.0.0.1:8080}), HTTP/1.1, 30 s per request. */
    public static TestHttpClient to(URI base) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
        return new TestHttpClient(http, base, Map.of(), Duration.ofSeconds(30), NO_OBSERVER);
    }

    /** A client for a server listening on the loopback address at {@code port}. */
    public static TestHttpClient toLoopback(int port) {
        return to(URI.create("http://127.0.0.1:" + port));
    }

    /** The server's base URI. */
    public URI base() {
        return base;
    }

    /** The same client presenting {@code token} as a bearer token, or none when empty. */
    public TestHttpClient withToken(Optional<String> token) {
        Map<String, String> next = new LinkedHashMap<>(headers);
        next.remove("Authorization");
        token.ifPresent(t -> next.put("Authorization", "Bearer " + t));
        return new TestHttpClient(http, base, next, timeout, observer);
    }

    /** The same client sending one more header with every request. */
    public TestHttpClient withHeader(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(headers);
        next.put(name, value);
        return new TestHttpClient(http, base, next, timeout, observer);
    }

    /** The same client waiting at most {@code perRequest} for each answer. */
    public TestHttpClient withTimeout(Duration perRequest) {
        return new TestHttpClient(http, base, headers, perRequest, observer);
    }

    /** The same client handing every answer to {@code next} as well (after any observer it had). */
    public TestHttpClient observedBy(Consumer<HttpReply> next) {
        return new TestHttpClient(http, base, headers, timeout, observer.andThen(next));
    }

    /** The same client without observers: for requests no document describes on purpose. */
    public TestHttpClient unobserved() {
        return new TestHttpClient(http, base, headers, timeout, NO_OBSERVER);
    }

    public HttpReply get(String path) {
        return send("GET", path);
    }

    public HttpReply post(String path, String json) {
        return send("POST", path, json.getBytes(StandardCharsets.UTF_8), Optional.of("application/json"));
    }

    public HttpReply patch(String path, String json) {
        return send("PATCH", path, json.getBytes(StandardCharsets.UTF_8), Optional.of("application/json"));
    }

    /** {@code method path} without a body. */
    public HttpReply send(String method, String path) {
        return exchange(method, path, BodyPublishers.noBody(), Optional.empty());
    }

    /** {@code method path} with exactly these body bytes and, if present, this Content-Type. */
    public HttpReply send(String method, String path, byte[] body, Optional<String> contentType) {
        return exchange(method, path, BodyPublishers.ofByteArray(body), contentType);
    }

    private HttpReply exchange(String method, String path, HttpRequest.BodyPublisher body, Optional<String> contentType) {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).method(method, body);
        headers.forEach(request::header);
        contentType.ifPresent(type -> request.header("Content-Type", type));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            HttpReply reply = new HttpReply(method, uri.getPath(), response.statusCode(), response.headers().map(), response.body());
            observer.accept(reply);
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " got no answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + method + " " + uri, e);
        }
    }
}
