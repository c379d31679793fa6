package io.runledger.storage.sql.jdbc;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table's name and the columns a row mapping reads and writes, in the order it reads and binds
 * them; the SQL texts of the bulk paths (inserts, selects, PostgreSQL's {@code COPY}) are built from
 * it, so a column is named in one place.
 */
public record TableColumns(String table, List<String> names) {
    public TableColumns {
        names = List.copyOf(names);
    }

    public static TableColumns of(String table, String... names) {
        return new TableColumns(table, List.of(names));
    }

    /** The columns for a select list, each prefixed with {@code alias.} unless the alias is empty. */
    public String list(String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return names.stream().map(name -> prefix + name).collect(Collectors.joining(", "));
    }

    /** How many columns a row has: the first column after them is {@code first + count()}. */
    public int count() {
        return names.size();
    }

    /** {@code INSERT INTO table (columns) VALUES (?, …)}, one parameter per column in mapping order. */
    public String insert() {
        return "INSERT INTO " + table + " (" + list("") + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    }
}
