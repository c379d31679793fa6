package io.runledger.storage.sqlite;

import io.runledger.storage.sql.schema.SqlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CHECK constraints of a SQLite table, read from its {@code CREATE TABLE} text in
 * {@code sqlite_master} (SQLite has no catalog of them; a column added by {@code ALTER TABLE} has its
 * clause appended to that text). Quoted text and identifiers are skipped, so a string holding
 * "check (" is not taken for one.
 */
final class SqliteCheckClauses {
    private static final String KEYWORD = "check";

    private SqliteCheckClauses() {
    }

    /** Each CHECK clause's expression, with its parentheses, normalized, in the order they appear. */
    static List<String> of(String createTable) {
        List<String> clauses = new ArrayList<>();
        String lower = createTable.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < createTable.length()) {
            char c = createTable.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = endOfQuoted(createTable, i);
            } else if (lower.startsWith(KEYWORD, i) && wordStart(lower, i) && wordEnd(lower, i + KEYWORD.length())) {
                int open = i + KEYWORD.length();
                while (open < createTable.length() && Character.isWhitespace(createTable.charAt(open))) {
                    open++;
                }
                int close = open < createTable.length() && createTable.charAt(open) == '(' ? matching(createTable, open) : -1;
                if (close < 0) {
                    i = open;
                    continue;
                }
                clauses.add(SqlText.normalized(createTable.substring(open, close + 1)));
                i = close + 1;
            } else {
                i++;
            }
        }
        return clauses;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int matching(String sql, int open) {
        int depth = 0;
        int i = open;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = endOfQuoted(sql, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** The index just after the quoted text starting at {@code start} (a doubled quote stays inside). */
    private static int endOfQuoted(String sql, int start) {
        char close = sql.charAt(start) == '[' ? ']' : sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == close) {
                if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static boolean wordStart(String sql, int at) {
        return at == 0 || !Character.isLetterOrDigit(sql.charAt(at - 1)) && sql.charAt(at - 1) != '_';
    }

    private static boolean wordEnd(String sql, int at) {
        return at >= sql.length() || !Character.isLetterOrDigit(sql.charAt(at)) && sql.charAt(at) != '_';
    }
}
