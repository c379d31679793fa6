package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.Timestamps;

/** A step as the API shows it: the export format's step record without {@code type}. */
@JsonPropertyOrder(alphabetic = true)
public record StepView(
        @JsonProperty("run_id") String runId,
        @JsonProperty("step_id") String stepId,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("finished_at") String finishedAt,
        @JsonProperty("stats") @JsonRawValue String stats) {

    public static StepView of(Step step) {
        return new StepView(step.runId().value(), step.stepId().value(), step.name(), step.status().wireName(),
                step.startedAt().map(Timestamps::format).orElse(null),
                step.finishedAt().map(Timestamps::format).orElse(null), step.stats().text());
    }
}
