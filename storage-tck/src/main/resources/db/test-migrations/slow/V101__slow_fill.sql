-- Test only: a migration slow enough (a few seconds) that a SIGKILL can land inside it.
CREATE TABLE slow_fill (n INTEGER NOT NULL PRIMARY KEY, pad VARCHAR(100) NOT NULL);
WITH RECURSIVE counter (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 1500000)
INSERT INTO slow_fill (n, pad) SELECT n, 'padding padding padding padding padding padding padding' FROM counter;
