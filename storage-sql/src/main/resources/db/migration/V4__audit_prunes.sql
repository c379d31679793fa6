-- Audit retention: one row per prune (docs/RUNBOOK.md "Retention"), written in the same transaction
-- that deletes the pruned events from audit_log. Additive only: binaries of head 3 ignore the table.

CREATE TABLE audit_prunes (
    prune_id     VARCHAR(128) NOT NULL,
    pruned_at    BIGINT       NOT NULL,
    before_ts    BIGINT       NOT NULL,
    first_ts     BIGINT       NOT NULL,
    last_ts      BIGINT       NOT NULL,
    event_count  BIGINT       NOT NULL,
    archive      TEXT         NOT NULL,
    archive_hash VARCHAR(80)  NOT NULL,
    PRIMARY KEY (prune_id),
    CHECK (event_count > 0)
);
