package io.runledger.archfixture.bootstrap;

import io.runledger.archfixture.storage.api.Ledgers;

/** Breaks rule 8: field injection. */
public final class BrokenBootstrapFieldInjection {
    @jakarta.inject.Inject
    Ledgers ledgers;

    public String id() {
        return ledgers.id();
    }
}
