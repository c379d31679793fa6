package io.runledger.storage.sql.schema;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A store's schema as its catalog shows it: every table, column, key, constraint and index Runledger
 * owns (Flyway's history table and the database's own objects left out), by {@link SchemaObject#key()}.
 * Each SQL backend reads one from its own catalog; two stores built by the same migrations on the same
 * database give equal catalogs.
 */
public record SchemaCatalog(Map<String, SchemaObject> objects) {
    public SchemaCatalog {
        objects = Map.copyOf(objects);
    }

    /** A catalog of {@code objects}; an object given twice must be equal both times. */
    public static SchemaCatalog of(Collection<SchemaObject> objects) {
        Map<String, SchemaObject> byKey = new TreeMap<>();
        for (SchemaObject object : objects) {
            SchemaObject earlier = byKey.put(object.key(), object);
            if (earlier != null && !earlier.equals(object)) {
                throw new IllegalArgumentException("two definitions of " + object.described() + ": "
                        + earlier.definition() + " and " + object.definition());
            }
        }
        return new SchemaCatalog(byKey);
    }

    /** Whether the catalog has a table named {@code table}. */
    public boolean hasTable(String table) {
        return objects.containsKey(SchemaObject.table(table).key());
    }
}
