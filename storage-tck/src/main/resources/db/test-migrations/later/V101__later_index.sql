-- Test only: an additive migration a later binary might ship (declared compatible with the shipped head).
CREATE INDEX later_runs_created_at ON runs (created_at);
