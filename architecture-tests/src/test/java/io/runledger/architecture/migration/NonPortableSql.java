package io.runledger.architecture.migration;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One construct that one set of migration files cannot use on both SQLite and PostgreSQL, or that
 * breaks a Runledger rule (ids and timestamps come from the domain; migrations are additive).
 * Patterns are matched case-insensitively against {@link SqlText#codeOnly code only}.
 */
record NonPortableSql(String name, Pattern pattern, String why) {
    static final List<NonPortableSql> ALL = List.of(
            ban("AUTOINCREMENT", "\\bAUTOINCREMENT\\b", "SQLite-only; ids come from the domain (SPEC S1)"),
            ban("INTEGER PRIMARY KEY", "\\bINTEGER\\s+PRIMARY\\s+KEY\\b",
                    "a SQLite rowid alias the database fills in; ids come from the domain (use VARCHAR or BIGINT)"),
            ban("SERIAL", "\\b(SMALL|BIG)?SERIAL[248]?\\b", "PostgreSQL-only; ids come from the domain"),
            ban("IDENTITY / GENERATED", "\\b(IDENTITY|GENERATED)\\b",
                    "identity and generated columns differ between the databases; ids come from the domain"),
            ban("SEQUENCE", "\\b(SEQUENCE|NEXTVAL)\\b", "PostgreSQL-only; ids come from the domain"),
            ban("date/time function", "\\b(STRFTIME|DATETIME|JULIANDAY|UNIXEPOCH|DATE|TIME|NOW)\\s*\\(",
                    "dialect-specific; timestamps are BIGINT epoch microseconds written by the domain"),
            ban("CURRENT_TIMESTAMP", "\\bCURRENT_(TIMESTAMP|DATE|TIME)\\b|\\bLOCALTIMESTAMP\\b",
                    "database clock and text format differ; timestamps come from the domain"),
            ban("timestamp type", "\\b(TIMESTAMPTZ|TIMESTAMP|DATETIME)\\b|\\bWITH(OUT)?\\s+TIME\\s+ZONE\\b",
                    "precision and storage differ (SQLite's dialect keeps milliseconds); use BIGINT epoch microseconds"),
            ban("TRIGGER", "\\bTRIGGER\\b", "trigger syntax differs; behaviour belongs in the domain"),
            ban("PRAGMA", "\\bPRAGMA\\b", "SQLite-only; pragmas are set on the connection, never in a migration"),
            ban("numbered placeholder", "\\?\\d+|\\$\\d+", "?1 and $1 placeholders are dialect-specific"),
            ban("dollar quoting", "\\$[A-Za-z_]*\\$", "PostgreSQL-only string quoting"),
            ban(":: cast", "::", "PostgreSQL-only cast; use CAST(x AS type)"),
            ban("PostgreSQL-only type",
                    "\\b(JSONB|JSON|UUID|BYTEA|INET|CIDR|MACADDR8?|CITEXT|MONEY|HSTORE|TSVECTOR|TSQUERY|INTERVAL)\\b",
                    "not a type SQLite understands; JSON is TEXT holding canonical JSON, ids are VARCHAR"),
            ban("JSON function or operator", "\\bJSONB?_\\w+\\s*\\(|->",
                    "JSON functions differ between the databases; JSON is parsed by the domain, not in SQL"),
            ban("array type", "\\w\\s*\\[\\s*\\d*\\s*\\]|\\bARRAY\\b", "PostgreSQL-only; store a JSON text"),
            ban("ENUM / CREATE TYPE / EXTENSION", "\\bENUM\\b|\\bCREATE\\s+TYPE\\b|\\bEXTENSION\\b",
                    "PostgreSQL-only; a closed set is VARCHAR with a CHECK constraint"),
            ban("BLOB", "\\bBLOB\\b", "no such type on PostgreSQL"),
            ban("WITHOUT ROWID / STRICT / ROWID", "\\bWITHOUT\\s+ROWID\\b|\\)\\s*STRICT\\b|\\b_?ROWID_?\\b",
                    "SQLite-only table options"),
            ban("upsert", "\\bON\\s+CONFLICT\\b|\\bINSERT\\s+OR\\b|\\bREPLACE\\s+INTO\\b|\\bUPSERT\\b",
                    "conflict clauses differ; duplicate ids are decided by the adapter"),
            ban("RETURNING", "\\bRETURNING\\b", "not in older SQLite; ids are known before insert"),
            ban("SQLite-only collation or operator", "\\bNOCASE\\b|\\bGLOB\\b|\\bIFNULL\\b|\\bGROUP_CONCAT\\b",
                    "SQLite-only; use COALESCE, LIKE, portable collations"),
            ban("PostgreSQL-only operator or index", "\\bILIKE\\b|\\bSTRING_AGG\\b|\\bCONCURRENTLY\\b"
                    + "|\\bUSING\\s+(GIN|GIST|BRIN|HASH|BTREE|SPGIST)\\b", "PostgreSQL-only"),
            ban("backtick quoting", "`", "MySQL-style identifier quoting; PostgreSQL rejects it"),
            ban("ALTER TABLE … ADD CONSTRAINT", "\\bALTER\\s+TABLE\\b[^;]*\\bADD\\s+(CONSTRAINT|PRIMARY|FOREIGN|UNIQUE|CHECK)\\b",
                    "SQLite cannot add a constraint to an existing table; add a column (with its CHECK) or an index"),
            ban("ADD COLUMN IF NOT EXISTS", "\\bADD\\s+(COLUMN\\s+)?IF\\s+NOT\\s+EXISTS\\b",
                    "PostgreSQL-only; Flyway already applies each version once"),
            ban("several ADDs in one ALTER TABLE", "\\bALTER\\s+TABLE\\b[^;]*\\bADD\\b[^;]*,\\s*ADD\\b",
                    "SQLite adds one column per ALTER TABLE statement"),
            ban("destructive change", "\\bDROP\\s+(TABLE|COLUMN|INDEX|CONSTRAINT|VIEW)\\b|\\bALTER\\s+COLUMN\\b"
                    + "|\\bRENAME\\b|\\bTRUNCATE\\b", "migrations are additive; shipped stores must keep working"));

    private static NonPortableSql ban(String name, String regex, String why) {
        return new NonPortableSql(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), why);
    }
}
