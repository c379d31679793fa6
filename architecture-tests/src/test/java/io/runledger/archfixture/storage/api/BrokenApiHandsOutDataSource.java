package io.runledger.archfixture.storage.api;

import javax.sql.DataSource;

/** Breaks rule 2: the shared kernel names a javax type. */
public interface BrokenApiHandsOutDataSource {
    DataSource dataSource();
}
