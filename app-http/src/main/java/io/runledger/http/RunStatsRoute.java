package io.runledger.http;

import io.runledger.domain.WireNames;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.runledger.domain.RunRecorder;
import io.runledger.http.json.RunStatsView;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /v1/runs/stats} (read role): aggregates of the runs created in {@code [from, to)} — by
 * default the last seven days — filtered like the runs list, overall and per value of {@code group_by}.
 * Registered before {@code /v1/runs/{run_id}}, so {@code stats} is never read as a run id here.
 */
final class RunStatsRoute {
    static final int DEFAULT_POINTS = 500;
    static final Duration DEFAULT_RANGE = Duration.ofDays(7);
    private static final Set<String> PARAMS = Set.of("from", "to", "status", "label", "group_by", "max_points");

    private final RunRecorder runs;
    private final Clock clock;

    RunStatsRoute(RunRecorder runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/runs/stats", this::stats);
    }

    private void stats(Context ctx) {
        QueryParams params = QueryParams.of(ctx, PARAMS);
        Instant to = params.get("to").map(text -> Timestamps.parse("to", text)).orElseGet(() -> Timestamps.now(clock));
        Instant from = params.get("from").map(text -> Timestamps.parse("from", text)).orElseGet(() -> to.minus(DEFAULT_RANGE));
        if (from.isAfter(to)) {
            throw ApiFailure.invalid("from must not be after to");
        }
        Optional<String> groupBy = params.get("group_by");
        groupBy.filter(String::isEmpty).ifPresent(g -> {
            throw ApiFailure.invalid("group_by must name a label");
        });
        RunStatsQuery query = new RunStatsQuery(from, to, params.get("status").map(WireNames::runStatus),
                params.get("label").map(WireNames::label), groupBy,
                params.get("max_points").map(RunStatsRoute::maxPoints).orElse(DEFAULT_POINTS));
        Responses.json(ctx, 200, RunStatsView.of(query, runs.stats(query)));
    }

    private static int maxPoints(String text) {
        if (text.matches("[0-9]{1,4}")) {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= RunStatsQuery.MAX_POINTS) {
                return value;
            }
        }
        throw ApiFailure.invalid("max_points must be a whole number from 1 to " + RunStatsQuery.MAX_POINTS);
    }
}
