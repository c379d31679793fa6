package io.runledger.architecture.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The audit catches each non-portable construct, and only in code, never in comments or literals. */
class MigrationAuditCanFailTest {
    @ParameterizedTest(name = "[{0}] is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT)              | AUTOINCREMENT
            CREATE TABLE runs (id INTEGER PRIMARY KEY, name TEXT)                 | INTEGER PRIMARY KEY
            CREATE TABLE runs (id SERIAL PRIMARY KEY)                             | SERIAL
            CREATE TABLE runs (id BIGSERIAL PRIMARY KEY)                          | SERIAL
            CREATE TABLE runs (id smallserial)                                    | SERIAL
            CREATE TABLE runs (id BIGINT GENERATED ALWAYS AS IDENTITY)            | IDENTITY / GENERATED
            CREATE TABLE runs (id BIGINT DEFAULT nextval('runs_seq'))             | SEQUENCE
            CREATE TABLE runs (created_at TEXT DEFAULT (strftime('%s','now')))    | date/time function
            CREATE TABLE runs (created_at TEXT DEFAULT (datetime('now')))         | date/time function
            CREATE TABLE runs (created_at REAL DEFAULT (julianday('now')))        | date/time function
            CREATE TABLE runs (created_day TEXT DEFAULT (date('now')))            | date/time function
            CREATE TABLE runs (created_at BIGINT DEFAULT CURRENT_TIMESTAMP)       | CURRENT_TIMESTAMP
            CREATE TABLE runs (created_at TIMESTAMPTZ NOT NULL)                   | timestamp type
            CREATE TABLE runs (created_at TIMESTAMP WITH TIME ZONE)               | timestamp type
            CREATE TRIGGER no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END | TRIGGER
            PRAGMA foreign_keys = ON                                              | PRAGMA
            INSERT INTO meta (k, v) VALUES (?1, ?2)                               | numbered placeholder
            INSERT INTO meta (k, v) VALUES ($1, $2)                               | numbered placeholder
            SELECT $$text$$                                                       | dollar quoting
            SELECT CAST(v AS BIGINT), v::bigint FROM meta                         | :: cast
            CREATE TABLE runs (args JSONB NOT NULL)                               | PostgreSQL-only type
            CREATE TABLE runs (args json NOT NULL)                                | PostgreSQL-only type
            CREATE TABLE runs (id UUID PRIMARY KEY)                               | PostgreSQL-only type
            CREATE TABLE runs (blob_data BYTEA)                                   | PostgreSQL-only type
            CREATE TABLE hosts (addr INET, net CIDR, name CITEXT, cost MONEY)     | PostgreSQL-only type
            CREATE TABLE runs (args TEXT CHECK (json_valid(args)))                | JSON function or operator
            SELECT args->>'k' FROM runs                                           | JSON function or operator
            CREATE TABLE runs (labels TEXT[])                                     | array type
            CREATE TYPE level AS ENUM ('debug', 'info')                           | ENUM / CREATE TYPE / EXTENSION
            CREATE EXTENSION pgcrypto                                             | ENUM / CREATE TYPE / EXTENSION
            CREATE TABLE files (content BLOB)                                     | BLOB
            CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID          | WITHOUT ROWID / STRICT / ROWID
            CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT) STRICT                 | WITHOUT ROWID / STRICT / ROWID
            INSERT INTO meta (k, v) VALUES ('a', 'b') ON CONFLICT DO NOTHING      | upsert
            INSERT OR REPLACE INTO meta (k, v) VALUES ('a', 'b')                  | upsert
            INSERT OR IGNORE INTO meta (k, v) VALUES ('a', 'b')                   | upsert
            INSERT INTO meta (k, v) VALUES ('a', 'b') RETURNING k                 | RETURNING
            CREATE INDEX runs_name ON runs (name COLLATE NOCASE)                  | SQLite-only collation or operator
            CREATE INDEX CONCURRENTLY runs_name ON runs (name)                    | PostgreSQL-only operator or index
            CREATE INDEX runs_args ON runs USING gin (args)                       | PostgreSQL-only operator or index
            CREATE TABLE `runs` (id VARCHAR(128))                                 | backtick quoting
            ALTER TABLE runs ADD CONSTRAINT runs_status CHECK (status <> '')      | ALTER TABLE … ADD CONSTRAINT
            ALTER TABLE runs ADD COLUMN IF NOT EXISTS status VARCHAR(16)          | ADD COLUMN IF NOT EXISTS
            ALTER TABLE runs ADD COLUMN status VARCHAR(16), ADD COLUMN note TEXT  | several ADDs in one ALTER TABLE
            DROP TABLE run_steps                                                  | destructive change
            ALTER TABLE runs DROP COLUMN git_sha                                  | destructive change
            ALTER TABLE runs RENAME COLUMN git_sha TO commit_sha                  | destructive change
            """)
    void nonPortableConstructIsRefused(String sql, String expected) {
        List<Finding> findings = MigrationAudit.auditSql("V9__bad.sql", sql);
        assertTrue(findings.stream().anyMatch(f -> f.problem().startsWith(expected + " (")),
                () -> "expected a '" + expected + "' finding, got " + findings);
    }

    @Test
    void portableSqlPassesAndCommentsAndLiteralsAreNotCode() {
        String sql = """
                -- PRAGMA is set on the connection, never here; no AUTOINCREMENT, no SERIAL, no json_valid(args).
                /* A block comment naming CREATE TRIGGER, datetime('now') and ?1 is not code either. */
                CREATE TABLE runs (
                    run_id      VARCHAR(128) NOT NULL PRIMARY KEY,
                    created_at  BIGINT       NOT NULL, -- epoch microseconds, UTC
                    args        TEXT         NOT NULL,
                    status      VARCHAR(16)  NOT NULL DEFAULT 'running'
                        CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),
                    note        TEXT         DEFAULT 'it''s PRAGMA-free, json and uuid are words here',
                    attempts    INTEGER      NOT NULL DEFAULT 0
                );
                CREATE INDEX runs_created_at ON runs (created_at, run_id);
                ALTER TABLE runs ADD COLUMN finished_at BIGINT;
                """;
        assertEquals(List.of(), MigrationAudit.auditSql("V1__init.sql", sql));
    }

    @Test
    void aFindingNamesItsFileAndLine() {
        List<Finding> findings = MigrationAudit.auditSql("V2__indexes.sql", "-- ok\nCREATE TABLE a (b INTEGER);\nPRAGMA x;");
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).toString().startsWith("V2__indexes.sql:3: PRAGMA"), findings::toString);
    }

    @Test
    void contiguousVersionedNamesPass() {
        assertEquals(List.of(), MigrationAudit.auditNames(
                List.of("V1__init.sql", "V2__indexes.sql", "V3__run_lifecycle.sql")));
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            V1__init.sql, V3__run_lifecycle.sql          | expected V2 here
            V1__init.sql, V1__again.sql                  | version 1 is also used by
            V2__indexes.sql                              | expected V1 here
            V1__init.sql, V01__init.sql                  | not a versioned migration name
            V1__Init.sql                                 | not a versioned migration name
            V1_init.sql                                  | not a versioned migration name
            V1__init.SQL                                 | not a versioned migration name
            V1__init.sql, R__views.sql                   | not a versioned migration name
            V1__init.sql, U1__init.sql                   | not a versioned migration name
            V1__init.sql, README.md                      | not a versioned migration name
            """)
    void badNamingIsRefused(String names, String expected) {
        List<Finding> findings = MigrationAudit.auditNames(List.of(names.split(",\\s*")));
        assertTrue(findings.stream().anyMatch(f -> f.problem().contains(expected)),
                () -> "expected '" + expected + "', got " + findings);
    }

    @Test
    void anEmptyMigrationFolderIsRefused() {
        assertTrue(MigrationAudit.auditNames(List.of()).stream().anyMatch(f -> f.problem().startsWith("no migration files")));
    }
}
