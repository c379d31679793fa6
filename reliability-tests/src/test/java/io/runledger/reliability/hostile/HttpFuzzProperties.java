package io.runledger.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.reliability.Figures;
import io.runledger.testing.http.RawReply;
import io.runledger.testing.http.RawRequest;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every endpoint of the API, on SQLite, JSON and PostgreSQL, fed mutated versions of valid requests:
 * the server never answers 5xx, never dies, answers every refusal with a documented problem, a
 * refused request leaves nothing behind (the store holds exactly what was acknowledged), and every
 * backend gives the same status and reason to the same request ({@link SameAnswers}; each try sends
 * byte-identical requests, its ids shared by the three separate stores).
 */
class HttpFuzzProperties {
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Tries PostgreSQL refused for a U+0000 the other backends stored: the documented difference. */
    private static final AtomicLong NUL_DIFFERENCES = new AtomicLong();
    private static final Map<Backend, long[]> COUNTS = new EnumMap<>(Backend.class);
    private static final Map<Backend, Map<String, Integer>> REASONS = new EnumMap<>(Backend.class);
    /** A failed try: no figures are recorded from a run that found a problem. */
    private static volatile boolean failed;

    /** A case: which endpoint, and what was done to its valid request. */
    record FuzzCase(Endpoint endpoint, Mutation mutation) {
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @ScaledTries(shortForm = 100, longForm = 2000)
    void noRequestMakesTheServerFailOrKeepHalfOfIt(@ForAll("cases") FuzzCase fuzz) {
        String unique = Long.toString(SEQUENCE.incrementAndGet(), 36) + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        try {
            Map<Backend, String> answers = new EnumMap<>(Backend.class);
            RawRequest sent = null;
            for (Backend backend : Backend.values()) {
                TryContext context = context(HostileServer.of(backend), fuzz.endpoint(), unique);
                sent = fuzz.mutation().apply(ValidRequests.of(fuzz.endpoint(), context)).bearer(Tokens.ADMIN);
                answers.put(backend, tryOn(HostileServer.of(backend), fuzz, context, sent));
            }
            SameAnswers.require(sent, answers);
            if (SameAnswers.isDocumentedNulDifference(sent, answers)) {
                NUL_DIFFERENCES.incrementAndGet();
            }
        } catch (AssertionError | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /** One case on one backend's server: the answer, the server's health and the store afterwards. */
    private static String tryOn(HostileServer server, FuzzCase fuzz, TryContext context, RawRequest request) {
        RawReply reply = server.send(request);

        String where = server.backend() + ": " + request.describe() + "\n→ " + reply.abbreviated();
        String reason = Answers.check(request, reply);
        if (fuzz.mutation().none()) {
            assertEquals(2, reply.status() / 100, () -> "a valid request was refused: " + where);
        }
        fuzz.mutation().expectedStatus().ifPresent(status -> assertEquals(status, reply.status(), where));
        RawReply health = server.send(RawRequest.of("GET", "/health"));
        assertEquals(200, health.status(), () -> "the server is unwell after " + where + ": " + health.abbreviated());
        if (fuzz.endpoint() == Endpoint.APPEND_AUDIT) {
            int stored = eventsOf(server, context.runId());
            int acknowledged = reply.status() / 100 == 2 ? countForRun(reply.json(), context.runId()) : 0;
            assertEquals(acknowledged, stored, () -> "a batch was partly written: " + where);
        }
        count(server.backend(), reply.status(), reason);
        return SameAnswers.of(reply);
    }

    @AfterContainer
    static void reconcileAndRecord() {
        if (failed) {
            return;
        }
        COUNTS.forEach((backend, counts) -> {
            StoreLedger.Counts stored = StoreLedger.reconcile(HostileServer.of(backend));
            Figures.record("hostile", "HTTP fuzz, " + backend.name().toLowerCase(java.util.Locale.ROOT),
                    "mutated requests to all 12 endpoints (fields dropped/added/retyped, deep nesting, huge numbers, "
                            + "invalid UTF-8, truncation, content types, oversized, chunked and cut-short bodies, "
                            + "foreign Origin and odd Host headers, odd query parameters, path segments and methods "
                            + "(HEAD, OPTIONS, TRACE, unknown ones), tampered cursors)",
                    counts[0], counts[1] + " answered 2xx, " + counts[2] + " refused 4xx",
                    "0 5xx, 0 undocumented problems, 0 partial writes, the same status and reason on every backend "
                            + "(except " + NUL_DIFFERENCES.get() + " U+0000 refusals on PostgreSQL, as documented); "
                            + "store = acknowledged (" + stored.runs()
                            + " runs, " + stored.steps() + " steps, " + stored.events() + " events); refusals by reason "
                            + REASONS.getOrDefault(backend, Map.of()));
        });
    }

    @Provide
    Arbitrary<FuzzCase> cases() {
        // Audit batches weigh more: they are where a partial write could hide.
        Arbitrary<Endpoint> endpoints = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(Endpoint.APPEND_AUDIT)),
                net.jqwik.api.Tuple.of(11, Arbitraries.of(Endpoint.values())));
        return endpoints.flatMap(endpoint -> mutations(endpoint).map(mutation -> new FuzzCase(endpoint, mutation)));
    }

    private static Arbitrary<Mutation> mutations(Endpoint endpoint) {
        Arbitrary<Mutation> none = Arbitraries.just(Mutation.of("none", request -> request));
        if (!endpoint.hasBody()) {
            return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, none), net.jqwik.api.Tuple.of(8, TargetMutations.all()));
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, none), net.jqwik.api.Tuple.of(5, BodyMutations.all()),
                net.jqwik.api.Tuple.of(2, HeaderMutations.all()), net.jqwik.api.Tuple.of(2, TargetMutations.all()));
    }

    /**
     * A fresh running run with a pending step for this try, and a cursor the server handed out; the
     * same {@code unique} on every backend, so each gets the same request byte for byte.
     */
    private static TryContext context(HostileServer server, Endpoint endpoint, String unique) {
        String runId = "fz-" + unique;
        String stepId = "s-" + unique;
        if (endpoint == Endpoint.HEALTH || endpoint == Endpoint.LIVEZ || endpoint == Endpoint.READYZ
                || endpoint == Endpoint.METRICS || endpoint == Endpoint.OPENAPI || endpoint == Endpoint.STORE
                || endpoint == Endpoint.STORE_CHECK || endpoint == Endpoint.RUN_STATS || endpoint == Endpoint.AUDIT_HEAD) {
            return new TryContext(runId, stepId, "n" + unique, "");
        }
        created(server, RawRequest.of("POST", "/v1/runs").json(ValidRequests.run(unique).toString()));
        created(server, RawRequest.of("POST", "/v1/runs/" + runId + "/steps")
                .json("{\"step_id\":\"" + stepId + "\",\"name\":\"compile\"}"));
        String cursor = "";
        if (endpoint == Endpoint.LIST_RUNS) {
            JsonNode page = server.send(RawRequest.of("GET", "/v1/runs?status=running&label=env=fuzz&limit=1")
                    .bearer(Tokens.READ)).json();
            cursor = page.get("next_cursor").isNull() ? "" : page.get("next_cursor").asText();
        }
        return new TryContext(runId, stepId, "n" + unique, cursor);
    }

    private static void created(HostileServer server, RawRequest request) {
        RawReply reply = server.send(request.bearer(Tokens.WRITE));
        assertEquals(201, reply.status(), () -> request.describe() + "\n→ " + reply.abbreviated());
    }

    private static int eventsOf(HostileServer server, String runId) {
        RawReply listing = server.send(RawRequest.of("GET", "/v1/audit?limit=1000&run_id=" + runId).bearer(Tokens.READ));
        assertEquals(200, listing.status(), listing::abbreviated);
        return listing.json().get("items").size();
    }

    private static int countForRun(JsonNode stored, String runId) {
        int count = 0;
        for (JsonNode event : stored.get("items")) {
            count += runId.equals(event.path("run_id").asText()) ? 1 : 0;
        }
        return count;
    }

    private static synchronized void count(Backend backend, int status, String reason) {
        long[] counts = COUNTS.computeIfAbsent(backend, b -> new long[3]);
        counts[0]++;
        counts[status / 100 == 2 ? 1 : 2]++;
        if (!reason.equals("-")) {
            REASONS.computeIfAbsent(backend, b -> new TreeMap<>()).merge(reason, 1, Integer::sum);
        }
        assertTrue(status / 100 == 2 || status / 100 == 4);
    }
}
