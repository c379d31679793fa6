package io.runledger.storage.sql.entity;

import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainLink;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A row of {@code audit_prunes} (V4): one prune's record, with its chain anchor (V8; null for earlier prunes). */
@Entity
@Table(name = "audit_prunes")
public class AuditPruneEntity {
    @Id
    @Column(name = "prune_id", length = 128)
    private String pruneId;

    @Convert(converter = InstantMicros.class)
    @Column(name = "pruned_at", nullable = false)
    private Instant prunedAt;

    @Convert(converter = InstantMicros.class)
    @Column(name = "before_ts", nullable = false)
    private Instant before;

    @Convert(converter = InstantMicros.class)
    @Column(name = "first_ts", nullable = false)
    private Instant firstTs;

    @Convert(converter = InstantMicros.class)
    @Column(name = "last_ts", nullable = false)
    private Instant lastTs;

    @Column(name = "event_count", nullable = false)
    private long count;

    @Column(name = "archive", nullable = false)
    private String archive;

    @Column(name = "archive_hash", nullable = false, length = 80)
    private String archiveHash;

    @Column(name = "last_seq")
    private Long lastSeq;

    @Column(name = "last_chain", length = 64)
    private String lastChain;

    protected AuditPruneEntity() {
    }

    /** The row of {@code prune}. */
    public AuditPruneEntity(AuditPrune prune) {
        this.pruneId = prune.pruneId();
        this.prunedAt = prune.prunedAt();
        this.before = prune.before();
        this.firstTs = prune.firstTs();
        this.lastTs = prune.lastTs();
        this.count = prune.count();
        this.archive = prune.archive();
        this.archiveHash = prune.archiveHash();
        this.lastSeq = prune.last().map(ChainLink::seq).orElse(null);
        this.lastChain = prune.last().map(ChainLink::chain).orElse(null);
    }

    /** The anchor the columns {@code last_seq} and {@code last_chain} hold: none while they are null. */
    public static Optional<ChainLink> anchor(Long lastSeq, String lastChain) {
        return lastSeq == null ? Optional.empty() : Optional.of(new ChainLink(lastSeq, lastChain));
    }
}
