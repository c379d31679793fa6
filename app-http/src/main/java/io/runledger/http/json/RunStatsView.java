package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.runledger.storage.api.RunStats;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.Timestamps;
import java.util.List;

/**
 * {@code GET /v1/runs/stats}: the range and grouping asked for, the figures overall and per label value,
 * and the chart's points: the latest {@code points_limit} runs, {@code points_truncated} when more matched.
 */
@JsonPropertyOrder({"from", "to", "group_by", "overall", "groups", "points", "points_limit", "points_truncated"})
public record RunStatsView(
        @JsonProperty("from") String from,
        @JsonProperty("to") String to,
        @JsonProperty("group_by") String groupBy,
        @JsonProperty("overall") RunStatsGroupView overall,
        @JsonProperty("groups") List<RunStatsGroupView> groups,
        @JsonProperty("points") List<RunPointView> points,
        @JsonProperty("points_limit") int pointsLimit,
        @JsonProperty("points_truncated") boolean pointsTruncated) {

    public static RunStatsView of(RunStatsQuery query, RunStats stats) {
        return new RunStatsView(Timestamps.format(query.from()), Timestamps.format(query.to()), query.groupBy().orElse(null),
                RunStatsGroupView.of(stats.overall()), stats.groups().stream().map(RunStatsGroupView::of).toList(),
                stats.points().stream().map(RunPointView::of).toList(), query.maxPoints(), stats.truncated());
    }
}
