package io.runledger.storage.sql.jdbc;

/**
 * How a query names an id column where ids are ordered or compared ({@code order by}, keyset
 * predicates such as {@code id > :after}). Export order, paging and the content hash rely on ids in
 * code-point (byte) order whatever the database's default collation, so a database whose default
 * collation is a language's (PostgreSQL with {@code en_US}) forces byte order in the query itself;
 * the portable migrations stay free of collations. A keyset predicate applies it to the column
 * ({@code of("r.runId") + " > :after"}): an explicit collation on one side decides the comparison,
 * so it compares exactly as its {@code order by} sorts.
 */
@FunctionalInterface
public interface IdOrder {
    /** The database's own order already is byte order (SQLite's default BINARY collation). */
    IdOrder NATIVE = path -> path;

    /** The HQL expression that orders and compares {@code path} (e.g. {@code r.runId}) in byte order. */
    String of(String path);

    /** The SQL expression that orders {@code column} (e.g. {@code run_id}) in byte order, for plain JDBC reads. */
    default String sql(String column) {
        return column;
    }
}
