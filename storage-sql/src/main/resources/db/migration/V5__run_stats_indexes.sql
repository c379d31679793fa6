-- Run aggregates (GET /v1/runs/stats, docs/PERFORMANCE.md): runs by creation time, carrying the columns
-- the aggregates read, so that a time range is one index walk that never visits the table, and the
-- chart's latest runs (created_at, run_id descending) are the walk's first entries. Index only: binaries
-- of head 4 use a store at V5 unchanged.

CREATE INDEX runs_created_at ON runs (created_at, run_id, status, finished_at);
