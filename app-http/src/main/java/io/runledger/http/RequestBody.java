package io.runledger.http;

import io.javalin.http.Context;
import io.runledger.format.json.Json;
import io.runledger.format.json.JsonValue;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Reads a request body as one JSON value: the content type must be {@code application/json}
 * (charset, if given, UTF-8) — otherwise {@link ReasonCode#UNSUPPORTED_MEDIA_TYPE}; at most the
 * configured number of bytes are read ({@link ReasonCode#PAYLOAD_TOO_LARGE} beyond, whatever the
 * Content-Length claims); the bytes must be UTF-8 and the text JSON ({@link ReasonCode#MALFORMED_JSON}).
 * A body that ends before its Content-Length (the client closed or reset the connection) is
 * {@link ReasonCode#MALFORMED_JSON} too, and one that stalls for the server's idle timeout is
 * {@link ReasonCode#REQUEST_TIMEOUT}: the client's doing, never an internal error.
 * Parsing is the record format's strict parser ({@code io.runledger.format.json.Json}), so the API accepts exactly what the CLI accepts (no duplicate
 * keys, no lone surrogates, nesting bounded).
 */
final class RequestBody {
    /**
     * How much of an oversized body is read and thrown away before answering 413. Closing a socket
     * with unread request bytes makes the kernel send a reset, which can destroy the 413 response
     * before the client reads it; beyond this bound the connection is closed all the same.
     */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private final long maxBytes;
    private final Duration idleTimeout;

    RequestBody(long maxBytes, Duration idleTimeout) {
        this.maxBytes = maxBytes;
        this.idleTimeout = idleTimeout;
    }

    JsonValue json(Context ctx) {
        requireJsonContentType(ctx.header("Content-Type"));
        String declared = ctx.header("Content-Length");
        if (declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 19
                && Long.parseLong(declared) > maxBytes) {
            drain(ctx.bodyInputStream());
            throw tooLarge();
        }
        return Json.parse(utf8(read(ctx.bodyInputStream())));
    }

    private static void requireJsonContentType(String contentType) {
        if (contentType == null) {
            throw unsupported("a request body needs Content-Type: application/json");
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            throw unsupported("a request body must be application/json (got " + quote(parts[0].strip()) + ")");
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")
                    && !parameter.equals("charset=\"utf-8\"")) {
                throw unsupported("a JSON request body must be UTF-8 (got " + quote(parameter) + ")");
            }
        }
    }

    private byte[] read(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                drain(in);
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw incomplete(e);
        }
    }

    private static void drain(InputStream in) {
        long skipped = 0;
        byte[] sink = new byte[64 * 1024];
        try {
            int read;
            while (skipped < DRAIN_LIMIT && (read = in.read(sink)) >= 0) {
                skipped += read;
            }
        } catch (IOException e) {
            // The client went away: the 413 that follows has no reader, which is fine.
        }
    }

    private StoreException incomplete(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return new StoreException(ReasonCode.REQUEST_TIMEOUT, "the request body stalled: no byte arrived for "
                        + idleTimeout.toMillis() + " ms (the server's idle timeout) before its Content-Length was reached");
            }
        }
        return ApiFailure.malformed("the request body ended before its Content-Length was reached "
                + "(the client closed or reset the connection)");
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiFailure.malformed("the request body is not valid UTF-8");
        }
    }

    private StoreException tooLarge() {
        return new StoreException(ReasonCode.PAYLOAD_TOO_LARGE,
                "the request body is larger than the limit of " + maxBytes + " bytes; send smaller batches");
    }

    private static StoreException unsupported(String message) {
        return new StoreException(ReasonCode.UNSUPPORTED_MEDIA_TYPE, message);
    }

    private static String quote(String text) {
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
    }
}
