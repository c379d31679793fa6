package io.runledger.archfixture.format;

import io.runledger.archfixture.domain.Ledger;

/** Breaks rule 2: the format reaches up into the domain. */
public final class BrokenFormatCallsTheDomain {
    private BrokenFormatCallsTheDomain() {
    }

    public static String describe(Ledger ledger) {
        return ledger.describe();
    }
}
