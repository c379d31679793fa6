package io.runledger.storage.sql.migration;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Collection;
import java.util.List;

/**
 * A store is created only where nothing else lives: a SQLite file or PostgreSQL schema holding another
 * application's tables is refused, not adopted (Flyway would refuse it with a bare "Use baseline()").
 * Flyway's history table alone is not foreign: a first migration interrupted early leaves it behind, empty.
 */
public final class OwnSchema {
    private static final int SHOWN = 5;

    private OwnSchema() {
    }

    /**
     * Raises {@link ReasonCode#CONFIG_INVALID} naming {@code where} and up to five of the foreign
     * {@code relations}, followed by {@code advice}, when any of them is not Flyway's history table.
     */
    public static void require(String where, Collection<String> relations, String advice) {
        List<String> foreign = relations.stream().filter(name -> !name.equals(SchemaHistory.TABLE)).sorted().toList();
        if (!foreign.isEmpty()) {
            String shown = String.join(", ", foreign.subList(0, Math.min(SHOWN, foreign.size())))
                    + (foreign.size() > SHOWN ? " and " + (foreign.size() - SHOWN) + " more" : "");
            throw new StoreException(ReasonCode.CONFIG_INVALID,
                    where + " holds tables that are not a Runledger store (" + shown + "); " + advice);
        }
    }
}
