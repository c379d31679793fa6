package io.runledger.archfixture.storage.sqlite;

import io.runledger.archfixture.domain.Ledger;

/** Breaks rule 5: an adapter depends on the domain. */
public final class BrokenSqliteBorrowsDomain {
    public String describe(Ledger ledger) {
        return ledger.describe();
    }
}
