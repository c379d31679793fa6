-- The audit chain (docs/AUDIT_CHAIN.md): every event's position (seq) and chain hash, and the chain's
-- head in a one-row table that every append claims in its transaction. The existing events get their
-- positions in (ts, event_id) order in this migration's transaction (AuditChainBackfill, in Java: the
-- hash is computed by the application, never by the database), which also writes the head row.
-- Not compatible with the previous head: an older binary would append events without a position.

-- First, so that writes already under way commit before this migration changes audit_log, and later
-- ones wait and then find the store at this version (they hold a share lock on this row).
UPDATE meta SET value = value WHERE name = 'schema_version';

ALTER TABLE audit_log ADD COLUMN seq BIGINT;

ALTER TABLE audit_log ADD COLUMN chain VARCHAR(64);

CREATE UNIQUE INDEX audit_log_seq ON audit_log (seq);

CREATE TABLE audit_chain_head (
    id    INTEGER     NOT NULL,
    seq   BIGINT      NOT NULL,
    chain VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CHECK (id = 1),
    CHECK (seq >= 0)
);
