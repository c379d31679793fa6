package io.runledger.domain;

import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.ChainLink;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A store's audit chain head as users see it ({@code audit head}, {@code GET /v1/audit/head}): the last
 * position, its chain, and the {@code ts} of the event at that position — empty when no event is there:
 * a log that never had one (position 0, the genesis), or one whose every event was pruned (prunes never
 * move the head back). docs/AUDIT_CHAIN.md, "Heads".
 */
public record AuditHead(ChainLink link, Optional<Instant> ts) {
    public AuditHead {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(ts, "ts");
    }

    /** The head {@code history} records now, with the time of the event there; reads two small things, changes nothing. */
    public static AuditHead of(AuditHistory history) {
        ChainLink head = history.head();
        if (head.seq() == 0) {
            return new AuditHead(head, Optional.empty());
        }
        return new AuditHead(head, history.at(head.seq()).map(event -> event.event().ts()));
    }
}
