package io.runledger.reliability.hostile;

import io.runledger.testing.http.RawRequest;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Content types around {@code application/json}: docs/HTTP.md refuses every one that is not
 * {@code application/json} (415), and a charset other than UTF-8 too; the accepted spellings pass.
 * Also what the connection and the browser add: a body cut short by a client that closes (400), a
 * state-changing request from another site's {@code Origin} (403 {@code host_not_allowed}, tokens or
 * not), and {@code Host} names a server with tokens answers whatever they are.
 */
final class HeaderMutations {
    private static final List<String> REFUSED = List.of("text/plain", "application/jsonx", "application/json-patch+json",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "*/*", "application/*",
            "application/json; charset=iso-8859-1", "application/json;charset=utf-16", "text/json",
            "application/problem+json", "application/json, text/plain");
    private static final List<String> ACCEPTED = List.of("APPLICATION/JSON", "application/json; charset=UTF-8",
            "application/json;charset=\"utf-8\"", " application/json ", "application/json; version=1");

    private static final List<String> FOREIGN_ORIGINS = List.of("http://attacker.example", "null", "https://127.0.0.1.attacker.example",
            "http://localhost:1", "file://", "http://[::1]:9");
    private static final List<String> HOSTS = List.of("ledger.example.com", "localhost", "[::1]:8080", "attacker.example");

    private HeaderMutations() {
    }

    static Arbitrary<Mutation> all() {
        return Arbitraries.oneOf(
                Arbitraries.of(REFUSED).map(type -> Mutation.expecting(415, "content type \"" + type + "\"",
                        request -> withContentType(request, type))),
                Arbitraries.of(ACCEPTED).map(type -> Mutation.of("content type \"" + type + "\"",
                        request -> withContentType(request, type))),
                Arbitraries.just(Mutation.expecting(415, "no content type", request -> withContentType(request, null))),
                Arbitraries.just(Mutation.of("chunked", RawRequest::withChunkedTransfer)),
                Arbitraries.just(Mutation.expecting(400, "body cut short, client closed",
                        request -> request.ending(RawRequest.BodyEnd.SHORT_THEN_CLOSED))),
                Arbitraries.of(FOREIGN_ORIGINS).map(origin -> Mutation.expecting(403, "Origin " + origin,
                        request -> request.header("Origin", origin))),
                Arbitraries.of(HOSTS).map(host -> Mutation.of("Host " + host + " with its own Origin",
                        request -> request.header("Host", host).header("Origin", "https://" + host))));
    }

    private static RawRequest withContentType(RawRequest request, String type) {
        RawRequest changed = new RawRequest(request.method(), request.target(),
                request.headers().stream().filter(header -> !header[0].equalsIgnoreCase("Content-Type")).toList(),
                request.body(), request.chunked());
        return type == null ? changed : changed.header("Content-Type", type);
    }
}
