-- Test only: an additive migration a later binary might ship (declared compatible with head 3).
CREATE INDEX later_runs_created_at ON runs (created_at);
