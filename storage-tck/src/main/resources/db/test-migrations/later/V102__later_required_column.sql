-- Test only: a migration an older binary cannot ignore (declared not compatible with the versions before it).
CREATE TABLE later_notes (run_id VARCHAR(200) NOT NULL PRIMARY KEY, note VARCHAR(200) NOT NULL);
