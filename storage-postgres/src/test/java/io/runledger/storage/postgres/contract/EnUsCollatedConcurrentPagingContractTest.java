package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.ConcurrentPagingContract;
import io.runledger.storage.tck.StoreFixture;

/** The ConcurrentPaging contract on a store whose ids an {@code en-US} collation would sort unlike bytes. */
class EnUsCollatedConcurrentPagingContractTest extends ConcurrentPagingContract {
    @Override
    protected StoreFixture fixture() {
        return new EnUsCollatedFixture();
    }
}
