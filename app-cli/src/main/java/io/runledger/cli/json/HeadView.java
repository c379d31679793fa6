package io.runledger.cli.json;

import io.runledger.domain.AuditHead;
import io.runledger.storage.api.Timestamps;

/**
 * {@code audit head --json}: the head of the audit chain, {@code seq}, {@code chain} and {@code ts} (the
 * time of the event at the head; null when no event is there: an empty log, or every event pruned). The
 * same object {@code GET /v1/audit/head} answers, and one {@code audit verify --head} reads back.
 */
public record HeadView(long seq, String chain, String ts) {
    public static HeadView of(AuditHead head) {
        return new HeadView(head.link().seq(), head.link().chain(), head.ts().map(Timestamps::format).orElse(null));
    }
}
