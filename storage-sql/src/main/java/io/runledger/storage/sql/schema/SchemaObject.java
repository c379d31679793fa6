package io.runledger.storage.sql.schema;

import java.util.Objects;

/**
 * One object of a store's schema as the database's catalog shows it, normalized so that two stores
 * built by the same migrations give equal objects: a table, one of its columns (type, nullability,
 * default), its primary key, a foreign key, a CHECK or UNIQUE constraint, or an index. Objects with
 * the same {@link #key()} are the same object; their {@code definition} says whether it changed.
 *
 * @param kind       what it is
 * @param table      the table it belongs to (a table's own name for {@link Kind#TABLE})
 * @param name       its name within the table (column or index name); for constraints whose names the
 *                   database makes up, the definition itself, so a changed constraint is one missing
 *                   and one unexpected
 * @param definition what it is made of, e.g. {@code VARCHAR(128) NOT NULL} or {@code (run_id, event_id)}
 */
public record SchemaObject(Kind kind, String table, String name, String definition) {
    /** The kinds of schema object Runledger's migrations create. */
    public enum Kind {
        TABLE("table"),
        COLUMN("column"),
        PRIMARY_KEY("primary key"),
        FOREIGN_KEY("foreign key"),
        CHECK("check constraint"),
        UNIQUE("unique constraint"),
        INDEX("index");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** How a report names the kind, e.g. "primary key". */
        public String words() {
            return words;
        }
    }

    public SchemaObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }

    /** A table (its columns and constraints are objects of their own). */
    public static SchemaObject table(String table) {
        return new SchemaObject(Kind.TABLE, table, table, "");
    }

    /** A column with its normalized type, nullability and default. */
    public static SchemaObject column(String table, String column, String definition) {
        return new SchemaObject(Kind.COLUMN, table, column, definition);
    }

    /** The table's primary key, with its columns in key order. */
    public static SchemaObject primaryKey(String table, String columns) {
        return new SchemaObject(Kind.PRIMARY_KEY, table, "", columns);
    }

    /** A named index with its normalized definition (columns, uniqueness). */
    public static SchemaObject index(String table, String index, String definition) {
        return new SchemaObject(Kind.INDEX, table, index, definition);
    }

    /** A constraint known by its definition alone (the database may name it as it likes). */
    public static SchemaObject constraint(Kind kind, String table, String definition) {
        return new SchemaObject(kind, table, definition, definition);
    }

    /** What identifies the object: kind, table and name. */
    public String key() {
        return kind + " " + table + " " + name;
    }

    /** The object as a report names it, e.g. {@code column runs.status} or {@code index audit_log_ts on audit_log}. */
    public String described() {
        return switch (kind) {
            case TABLE -> "table " + table;
            case COLUMN -> "column " + table + "." + name;
            case INDEX -> "index " + name + " on " + table;
            case PRIMARY_KEY, FOREIGN_KEY, CHECK, UNIQUE -> kind.words() + " " + definition + " on " + table;
        };
    }
}
