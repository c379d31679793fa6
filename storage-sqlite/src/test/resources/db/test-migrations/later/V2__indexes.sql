-- Indexes for the audit queries (filters by run, level, scope and time, always ordered by event_id).
-- Steps need none: the primary key (run_id, step_id) already serves "steps of a run in order".

CREATE INDEX audit_log_run_event ON audit_log (run_id, event_id);
CREATE INDEX audit_log_ts ON audit_log (ts);
CREATE INDEX audit_log_level_event ON audit_log (level, event_id);
CREATE INDEX audit_log_scope_event ON audit_log (scope, event_id);
