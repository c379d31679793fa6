package io.runledger.cli.json;

import io.runledger.domain.ChainVerdict;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.Timestamps;

/**
 * {@code audit verify --json}: the head the store records ({@code seq}, {@code chain}, and {@code ts} of
 * the event there, null when it is not stored), {@code verified} (events checked), {@code from} (the
 * position the check started after: 0, or the last one a prune removed) and, when the chain is broken,
 * {@code broken_seq}, {@code broken} (what broke: {@code content_changed}, {@code position_missing},
 * {@code position_repeated}, {@code link_broken}, {@code anchor_mismatch}) and {@code broken_event_id}; all
 * three null when intact; after a prune, {@code anchor_chain} and {@code anchor_archive_hash}: the chain at
 * the anchor the check started from ({@code from}) and its prune's archive content hash (null without one).
 */
public record ChainView(long seq, String chain, String ts, long verified, long from, Long brokenSeq, String broken,
                        String brokenEventId, String anchorChain, String anchorArchiveHash) {
    public static ChainView of(ChainVerdict verdict) {
        return new ChainView(verdict.head().seq(), verdict.head().chain(), verdict.headTs().map(Timestamps::format).orElse(null),
                verdict.verified(), verdict.from(), verdict.broken().map(b -> b.seq()).orElse(null),
                verdict.broken().map(b -> b.fault().wireName()).orElse(null),
                verdict.broken().flatMap(b -> b.eventId()).map(id -> id.value()).orElse(null),
                verdict.anchor().map(ChainAnchor::chain).orElse(null), verdict.anchor().map(ChainAnchor::archiveHash).orElse(null));
    }
}
