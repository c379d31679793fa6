package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.runledger.storage.api.RunStatsGroup;
import io.runledger.storage.api.RunStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one group of runs: {@code label_value} (null overall), {@code runs}, the count per
 * status, {@code finished}, {@code success_rate} (succeeded / finished, null when none finished) and the
 * nearest-rank p50/p95 of finished runs' durations in microseconds (null when none finished).
 */
@JsonPropertyOrder({"label_value", "runs", "counts", "finished", "success_rate", "p50_duration_us", "p95_duration_us"})
public record RunStatsGroupView(
        @JsonProperty("label_value") String labelValue,
        @JsonProperty("runs") long runs,
        @JsonProperty("counts") Map<String, Long> counts,
        @JsonProperty("finished") long finished,
        @JsonProperty("success_rate") Double successRate,
        @JsonProperty("p50_duration_us") Long p50DurationMicros,
        @JsonProperty("p95_duration_us") Long p95DurationMicros) {

    public static RunStatsGroupView of(RunStatsGroup group) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RunStatus status : RunStatus.values()) {
            counts.put(status.wireName(), group.counts().get(status));
        }
        return new RunStatsGroupView(group.labelValue().orElse(null), group.total(), counts, group.finished(),
                group.successRate().orElse(null), group.p50Micros().orElse(null), group.p95Micros().orElse(null));
    }
}
