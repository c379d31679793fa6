package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.ContentHashContract;
import io.runledger.storage.tck.StoreFixture;

/** The ContentHash contract on a store whose ids an {@code en-US} collation would sort unlike bytes. */
class EnUsCollatedContentHashContractTest extends ContentHashContract {
    @Override
    protected StoreFixture fixture() {
        return new EnUsCollatedFixture();
    }
}
