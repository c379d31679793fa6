package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.RunStatsContract;
import io.runledger.storage.tck.StoreFixture;

/** Run aggregates on a database whose default collation is en_US: chart points still follow byte order. */
class EnUsCollatedRunStatsContractTest extends RunStatsContract {
    @Override
    protected StoreFixture fixture() {
        return new EnUsCollatedFixture();
    }
}
