package io.runledger.archfixture.storage.support;

import io.runledger.archfixture.storage.sql.SqlCore;

/** Breaks the support module's rule: JDK-only plumbing reaches into the SQL core. */
public final class BrokenSupportUsesSqlCore {
    public String describe(SqlCore core) {
        return core.id();
    }
}
