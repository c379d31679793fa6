-- Run lifecycle: status and finish time on runs, and labels. Existing runs read as 'running'.
-- One ALTER per statement, as both SQLite and PostgreSQL accept it.

ALTER TABLE runs ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'running'
    CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled'));

ALTER TABLE runs ADD COLUMN finished_at BIGINT;

CREATE TABLE run_labels (
    run_id VARCHAR(128) NOT NULL,
    name   TEXT         NOT NULL,
    value  TEXT         NOT NULL,
    PRIMARY KEY (run_id, name),
    FOREIGN KEY (run_id) REFERENCES runs (run_id)
);

CREATE INDEX run_labels_name_value ON run_labels (name, value, run_id);
CREATE INDEX runs_status ON runs (status, run_id);
