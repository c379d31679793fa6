package io.runledger.archfixture.storage.sql;

import java.util.logging.Logger;

/** Breaks rule 8: uses java.util.logging. */
public final class BrokenSqlLogsWithJul {
    public void log(String message) {
        Logger.getLogger("fixture").info(message);
    }
}
