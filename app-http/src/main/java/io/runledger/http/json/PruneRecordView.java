package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.Timestamps;

/** One prune record in {@code GET /v1/store}: when, the range and count pruned, the archive and its content hash. */
@JsonPropertyOrder(alphabetic = true)
public record PruneRecordView(
        @JsonProperty("prune_id") String pruneId,
        @JsonProperty("pruned_at") String prunedAt,
        @JsonProperty("before") String before,
        @JsonProperty("first_ts") String firstTs,
        @JsonProperty("last_ts") String lastTs,
        @JsonProperty("count") long count,
        @JsonProperty("archive") String archive,
        @JsonProperty("archive_hash") String archiveHash) {

    public static PruneRecordView of(AuditPrune prune) {
        return new PruneRecordView(prune.pruneId(), Timestamps.format(prune.prunedAt()), Timestamps.format(prune.before()),
                Timestamps.format(prune.firstTs()), Timestamps.format(prune.lastTs()), prune.count(), prune.archive(),
                prune.archiveHash());
    }
}
