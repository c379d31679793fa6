package io.runledger.archfixture.bootstrap;

import io.runledger.archfixture.domain.Ledger;
import io.runledger.archfixture.storage.api.Ledgers;
import java.util.ServiceLoader;

/** Fixture composition root: finds adapters through ServiceLoader, never by name. */
public final class Wiring {
    private final ServiceLoader<Ledgers> providers = ServiceLoader.load(Ledgers.class);

    public Ledger ledger() {
        return new Ledger(providers.findFirst().orElseThrow());
    }
}
