package io.runledger.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small client for the live server over java.net.http. Every exchange is recorded (unless the
 * request goes to an undocumented path on purpose), so that the OpenAPI check can validate each one.
 */
final class ApiClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Optional<String> token;
    private final List<ApiResponse> recorded;

    ApiClient(int port, Optional<String> token, List<ApiResponse> recorded) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
        this.recorded = recorded;
    }

    /** The same client presenting another token (or none). */
    ApiClient withToken(Optional<String> other) {
        return new ApiClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), other, recorded);
    }

    ApiResponse get(String path) {
        return send("GET", path, BodyPublishers.noBody(), Optional.empty());
    }

    ApiResponse post(String path, String json) {
        return send("POST", path, BodyPublishers.ofString(json, StandardCharsets.UTF_8), Optional.of("application/json"));
    }

    ApiResponse patch(String path, String json) {
        return send("PATCH", path, BodyPublishers.ofString(json, StandardCharsets.UTF_8), Optional.of("application/json"));
    }

    ApiResponse send(String method, String path, byte[] body, Optional<String> contentType) {
        return send(method, path, BodyPublishers.ofByteArray(body), contentType);
    }

    /** Sends without recording: for paths the API does not have, which no document can describe. */
    ApiResponse unrecorded(String method, String path) {
        return exchange(method, path, BodyPublishers.noBody(), Optional.empty());
    }

    private ApiResponse send(String method, String path, HttpRequest.BodyPublisher body, Optional<String> contentType) {
        ApiResponse response = exchange(method, path, body, contentType);
        synchronized (recorded) {
            recorded.add(response);
        }
        return response;
    }

    private ApiResponse exchange(String method, String path, HttpRequest.BodyPublisher body, Optional<String> contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).method(method, body);
        contentType.ifPresent(type -> request.header("Content-Type", type));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(method, URI.create(base + path).getPath(), response.statusCode(),
                    response.headers().firstValue("Content-Type"), response.body(),
                    response.headers().firstValue("WWW-Authenticate"), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
