package io.runledger.archfixture.format;

import io.runledger.archfixture.storage.api.Ledgers;

/** Fixture record codec: depends on the port's records only. */
public final class LedgerText {
    private LedgerText() {
    }

    public static String line(Ledgers ledgers) {
        return "{\"id\":\"" + ledgers.id() + "\"}";
    }
}
