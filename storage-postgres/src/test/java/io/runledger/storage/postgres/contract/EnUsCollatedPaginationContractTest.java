package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.PaginationContract;
import io.runledger.storage.tck.StoreFixture;

/** The Pagination contract on a store whose ids an {@code en-US} collation would sort unlike bytes. */
class EnUsCollatedPaginationContractTest extends PaginationContract {
    @Override
    protected StoreFixture fixture() {
        return new EnUsCollatedFixture();
    }
}
