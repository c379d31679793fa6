package io.runledger.architecture.migration;

/**
 * SQL with its comments and the contents of its string literals blanked out, so that the audit
 * matches code only: a comment that mentions PRAGMA, or a CHECK list holding the word 'json', is
 * not a finding. Blanks keep every offset and line break, so a finding's line number is the
 * file's. Double-quoted identifiers are kept as written.
 */
final class SqlText {
    private SqlText() {
    }

    static String codeOnly(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && next(sql, i) == '-') {
                i = blankUntil(sql, i, out, "\n", false);
            } else if (c == '/' && next(sql, i) == '*') {
                i = blankUntil(sql, i + 2, out.append("  "), "*/", false);
            } else if (c == '\'') {
                out.append('\'');
                i = blankUntil(sql, i + 1, out, "'", true);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** 1-based line of {@code offset}. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static char next(String sql, int i) {
        return i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
    }

    /**
     * Blanks from {@code i} up to the terminator; a literal keeps its closing quote (and treats a
     * doubled quote as an escaped one), a comment is blanked with its terminator except a newline.
     */
    private static int blankUntil(String sql, int i, StringBuilder out, String end, boolean literal) {
        while (i < sql.length()) {
            if (sql.startsWith(end, i)) {
                if (literal && sql.startsWith("''", i)) {
                    out.append("  ");
                    i += 2;
                    continue;
                }
                out.append(literal ? end : end.equals("\n") ? "\n" : " ".repeat(end.length()));
                return i + end.length();
            }
            char c = sql.charAt(i++);
            out.append(c == '\n' ? '\n' : ' ');
        }
        return i;
    }
}
