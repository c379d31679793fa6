-- Run aggregates per label value (GET /v1/runs/stats?group_by=…, docs/PERFORMANCE.md): every label row
-- carries a copy of its run's creation time, status and finish time, so that grouping the runs of a
-- time range by one label's value is one walk of run_labels_stats that never visits runs (without the
-- copies, every run in the range cost one look-up of its label). The application writes the copies with
-- the labels and rewrites them whenever the run changes (storage-sql RunLabelRows); existing rows get
-- them here. Not compatible with the previous head: an older binary would leave the copies stale.

-- First, so that writes already under way commit before this migration changes run_labels, and later
-- ones wait and then find the store at this version (they hold a share lock on this row).
UPDATE meta SET value = value WHERE name = 'schema_version';

ALTER TABLE run_labels ADD COLUMN run_created_at BIGINT NOT NULL DEFAULT 0;

ALTER TABLE run_labels ADD COLUMN run_status VARCHAR(16) NOT NULL DEFAULT 'running'
    CHECK (run_status IN ('running', 'succeeded', 'failed', 'cancelled'));

ALTER TABLE run_labels ADD COLUMN run_finished_at BIGINT;

UPDATE run_labels SET
    run_created_at = (SELECT r.created_at FROM runs r WHERE r.run_id = run_labels.run_id),
    run_status = (SELECT r.status FROM runs r WHERE r.run_id = run_labels.run_id),
    run_finished_at = (SELECT r.finished_at FROM runs r WHERE r.run_id = run_labels.run_id);

CREATE INDEX run_labels_stats ON run_labels (name, run_created_at, value, run_status, run_finished_at);
