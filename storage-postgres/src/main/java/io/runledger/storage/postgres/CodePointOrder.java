package io.runledger.storage.postgres;

import io.runledger.storage.sql.jdbc.IdOrder;

/**
 * Ids in code-point (byte) order whatever the database's collation: PostgreSQL's {@code ucs_basic}
 * collation sorts by code point. A database created with a language collation (often {@code en_US})
 * would otherwise sort {@code a-b}, {@code a_b} and {@code A} as that language does.
 */
final class CodePointOrder implements IdOrder {
    @Override
    public String of(String path) {
        return "collate(" + path + " as ucs_basic)";
    }

    @Override
    public String sql(String column) {
        return column + " COLLATE \"ucs_basic\"";
    }
}
