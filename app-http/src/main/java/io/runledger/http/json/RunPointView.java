package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.runledger.storage.api.RunPoint;
import io.runledger.storage.api.Timestamps;

/** One run on the stats chart; {@code duration_us} is null while it runs. */
@JsonPropertyOrder({"run_id", "created_at", "status", "duration_us"})
public record RunPointView(
        @JsonProperty("run_id") String runId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("status") String status,
        @JsonProperty("duration_us") Long durationMicros) {

    public static RunPointView of(RunPoint point) {
        return new RunPointView(point.runId().value(), Timestamps.format(point.createdAt()), point.status().wireName(),
                point.durationMicros().orElse(null));
    }
}
