package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.runledger.domain.ChainBreak;
import io.runledger.domain.ChainVerdict;
import io.runledger.storage.api.Timestamps;
import java.time.Duration;
import java.time.Instant;

/**
 * The server's last verification of the audit chain, in {@code GET /v1/store}: when it finished and how long
 * it took, its {@code result} — {@code intact} (up to the head it found), {@code partial} (intact as far as
 * its time budget let it read) or {@code broken} — the positions {@code from + 1 … through} it found intact
 * of {@code head_seq}, and for a break {@code broken_seq}, {@code broken} (what broke) and
 * {@code broken_event_id} (all three null otherwise).
 */
@JsonPropertyOrder(alphabetic = true)
public record ChainVerificationView(
        @JsonProperty("finished_at") String finishedAt,
        @JsonProperty("seconds") double seconds,
        @JsonProperty("result") String result,
        @JsonProperty("from") long from,
        @JsonProperty("through") long through,
        @JsonProperty("head_seq") long headSeq,
        @JsonProperty("broken_seq") Long brokenSeq,
        @JsonProperty("broken") String broken,
        @JsonProperty("broken_event_id") String brokenEventId) {

    public static ChainVerificationView of(Instant finishedAt, Duration took, ChainVerdict verdict) {
        String result = verdict.broken().isPresent() ? "broken" : verdict.complete() ? "intact" : "partial";
        return new ChainVerificationView(Timestamps.format(finishedAt), took.toNanos() / 1e9, result, verdict.from(),
                verdict.reached(), verdict.head().seq(), verdict.broken().map(ChainBreak::seq).orElse(null),
                verdict.broken().map(b -> b.fault().wireName()).orElse(null),
                verdict.broken().flatMap(ChainBreak::eventId).map(id -> id.value()).orElse(null));
    }
}
