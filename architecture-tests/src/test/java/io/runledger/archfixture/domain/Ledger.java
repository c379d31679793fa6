package io.runledger.archfixture.domain;

import io.runledger.archfixture.storage.api.Ledgers;
import java.util.Objects;

/** Fixture use case: depends on the port only. */
public final class Ledger {
    private final Ledgers ledgers;

    public Ledger(Ledgers ledgers) {
        this.ledgers = Objects.requireNonNull(ledgers);
    }

    public String describe() {
        return "ledger " + ledgers.id();
    }
}
