package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Timestamps;
import java.util.Map;

/** A run as the API shows it: the export format's run record without {@code type}; absent values are null. */
@JsonPropertyOrder(alphabetic = true)
public record RunView(
        @JsonProperty("run_id") String runId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("args") @JsonRawValue String args,
        @JsonProperty("git_sha") String gitSha,
        @JsonProperty("config_hash") String configHash,
        @JsonProperty("status") String status,
        @JsonProperty("finished_at") String finishedAt,
        @JsonProperty("labels") Map<String, String> labels) {

    public static RunView of(Run run) {
        return new RunView(run.runId().value(), Timestamps.format(run.createdAt()), run.args().text(),
                run.gitSha().orElse(null), run.configHash().orElse(null), run.status().wireName(),
                run.finishedAt().map(Timestamps::format).orElse(null), run.labels());
    }
}
