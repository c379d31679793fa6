package io.runledger.archfixture.cli;

import io.runledger.archfixture.storage.sqlite.FixtureSqliteProvider;

/** Breaks rule 6: an app names an adapter class instead of going through ServiceLoader. */
public final class BrokenCliNamesSqliteProvider {
    public FixtureSqliteProvider provider() {
        return new FixtureSqliteProvider();
    }
}
