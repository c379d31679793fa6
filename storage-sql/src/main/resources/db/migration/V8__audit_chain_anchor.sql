-- The audit chain's anchor (docs/AUDIT_CHAIN.md, "Prunes and the anchor"): from this version on a prune
-- removes a prefix of the chain and its record keeps the last position it removed (last_seq) and that
-- position's chain (last_chain), written in the transaction that deletes the events; verification of
-- the kept chain starts there. Records of earlier prunes keep NULL: their anchor was never recorded.
-- Not compatible with the previous head: an older binary would prune without leaving an anchor (and
-- not necessarily a prefix), which the chain could then no longer be verified across.

-- First, so that writes already under way commit before this migration completes, and later ones wait
-- and then find the store at this version (they hold a share lock on this row).
UPDATE meta SET value = value WHERE name = 'schema_version';

ALTER TABLE audit_prunes ADD COLUMN last_seq BIGINT;

ALTER TABLE audit_prunes ADD COLUMN last_chain VARCHAR(64);
