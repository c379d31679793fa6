package io.runledger.reliability.hostile;

import io.runledger.testing.http.RawRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutations of the request line: odd query parameters (unknown, repeated, empty, out of range, bad
 * percent-encodings, tampered cursors), weird path segments in place of the ids, and methods the path
 * does not have.
 */
final class TargetMutations {
    private static final List<String> QUERY = queries();
    private static final List<String> SEGMENTS = segments();

    private TargetMutations() {
    }

    static Arbitrary<Mutation> all() {
        return Arbitraries.oneOf(query(), cursor(), segment(), suffix(), method());
    }

    private static Arbitrary<Mutation> query() {
        return Arbitraries.of(QUERY).map(extra -> Mutation.of("query +" + BodyMutations.abbreviate(extra),
                request -> target(request, request.target() + (request.target().contains("?") ? "&" : "?") + extra)));
    }

    /** A cursor the server handed out, then changed: flipped, cut, extended or re-encoded. */
    private static Arbitrary<Mutation> cursor() {
        return Combinators.combine(Arbitraries.integers().between(0, 100), Arbitraries.of("flip", "cut", "extend",
                "pad", "standard-alphabet", "double")).as((at, how) -> Mutation.of("cursor " + how + " at " + at,
                        request -> {
                            String target = request.target().replaceAll("[?&]cursor=[^&]*", "");
                            String cursor = tamper(request.target().replaceAll(".*[?&]cursor=([^&]*).*", "$1"), how, at);
                            return target(request, target + (target.contains("?") ? "&" : "?") + "cursor=" + cursor);
                        }));
    }

    private static String tamper(String cursor, String how, int at) {
        String base = cursor.contains("=") || cursor.isEmpty() || cursor.contains("/") ? "cnVuLTE" : cursor;
        int position = at % base.length();
        return switch (how) {
            case "flip" -> base.substring(0, position) + (base.charAt(position) == 'A' ? 'B' : 'A') + base.substring(position + 1);
            case "cut" -> base.substring(0, position);
            case "extend" -> base + "QQ";
            case "pad" -> base + "==";
            case "standard-alphabet" -> base.substring(0, position) + "%2B%2F" + base.substring(position);
            default -> base + base;
        };
    }

    private static Arbitrary<Mutation> segment() {
        return Combinators.combine(Arbitraries.of(SEGMENTS), Arbitraries.of(true, false))
                .as((segment, inRun) -> Mutation.of((inRun ? "run_id" : "step_id") + " segment " + BodyMutations.abbreviate(segment),
                        request -> {
                            String[] pathAndQuery = request.target().split("\\?", 2);
                            String[] parts = pathAndQuery[0].split("/", -1);
                            int index = inRun || parts.length < 6 ? Math.min(3, parts.length - 1) : 5;
                            if (parts.length < 4) {
                                parts = (pathAndQuery[0] + "/x").split("/", -1);
                                index = parts.length - 1;
                            }
                            parts[index] = segment;
                            String path = String.join("/", parts);
                            return target(request, pathAndQuery.length > 1 ? path + "?" + pathAndQuery[1] : path);
                        }));
    }

    private static Arbitrary<Mutation> suffix() {
        return Arbitraries.of("/", "//", "/.", "/..", "/%2e%2e/%2e%2e", "#fragment", "/x/y/z", ";jsessionid=1", "%00",
                "/../../../../etc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd")
                .map(suffix -> Mutation.of("path suffix " + suffix, request -> {
                    String[] pathAndQuery = request.target().split("\\?", 2);
                    String path = pathAndQuery[0] + suffix;
                    return target(request, pathAndQuery.length > 1 ? path + "?" + pathAndQuery[1] : path);
                }));
    }

    private static Arbitrary<Mutation> method() {
        return Arbitraries.of("PUT", "DELETE", "OPTIONS", "TRACE", "POST", "PATCH", "GET", "get", "FOO", "CONNECT", "HEAD",
                        "QUERY")
                .map(method -> Mutation.of("method " + method, request -> new RawRequest(method, request.target(),
                        request.headers(), request.body(), request.chunked())));
    }

    private static RawRequest target(RawRequest request, String target) {
        return new RawRequest(request.method(), target, request.headers(), request.body(), request.chunked());
    }

    private static List<String> queries() {
        List<String> queries = new ArrayList<>(List.of("unknown=1", "limit=1&limit=2", "limit=0", "limit=-1", "limit=1001",
                "limit=99999999999999999999", "limit=1e3", "limit=%201", "limit=", "limit", "limit=%EF%BC%91",
                "cursor=", "cursor=%ZZ", "cursor=%00", "status=RUNNING", "status=%00", "status=running%00",
                "label=env", "label==", "label=%3D%3D%3D", "label=env=fuzz&label=env=fuzz", "level=fatal", "level=",
                "since=2026-13-01T00:00:00.000000Z", "since=2026-02-30T00:00:00.000000Z", "until=yesterday",
                "until=2026-11-21T10:00:00.123456+01:00", "run_id=", "scope=", "%ZZ=1", "%FF=%FE", "x%00y=1", "=", "&&", ";",
                "a=" + "a".repeat(5000), "scope=%C0%AE%C0%AE", "scope=%ED%A0%80", "label=%FF=%FE", "%=%", "cursor=%",
                "cursor=" + b64("../../etc/passwd"), "cursor=" + b64("a".repeat(129)), "cursor=" + b64("'; DROP TABLE runs;--"),
                "cursor=" + b64("run-1\u0000"), "limit=+5", "limit=05", "limit=%2B5"));
        for (String hostile : HostileStrings.ALL) {
            String encoded = URLEncoder.encode(hostile, StandardCharsets.UTF_8);
            queries.add("run_id=" + encoded);
            queries.add("scope=" + encoded);
            queries.add("label=" + encoded + "=" + encoded);
        }
        return List.copyOf(queries);
    }

    private static List<String> segments() {
        List<String> segments = new ArrayList<>(List.of("..", "%2e%2e", ".", "%2F", "a%2Fb", "%00", "a%00b", "%ZZ", "%",
                "%FF%FE", "%C0%AE", "%E2%82%AC", "a;b=c", ";", "", "%20", "+", "*", "~", "x".repeat(129),
                "y".repeat(3000), "%5C..%5C", "a%09b", "%2e", "%252e%252e", "run%0D%0AX-Injected:%201",
                "\u00ff", "\u00c3\u00a9", "a\u0080b"));
        HostileStrings.ALL.forEach(text -> segments.add(URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")));
        return List.copyOf(segments);
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
