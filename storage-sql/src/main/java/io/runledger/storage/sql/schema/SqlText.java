package io.runledger.storage.sql.schema;

import java.util.Locale;

/** Normalizes SQL text from a catalog so that layout alone never counts as a difference. */
public final class SqlText {
    private SqlText() {
    }

    /** Runs of white space become one space; none is kept inside parentheses' edges or before a comma. */
    public static String normalized(String sql) {
        return sql.strip().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").replace(" ,", ",");
    }

    /** A declared type, normalized and in upper case, e.g. {@code varchar( 128 )} as {@code VARCHAR(128)}. */
    public static String type(String declared) {
        return normalized(declared).replace(" (", "(").toUpperCase(Locale.ROOT);
    }
}
