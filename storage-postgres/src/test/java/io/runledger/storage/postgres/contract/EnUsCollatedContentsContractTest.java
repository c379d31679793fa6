package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.ContentsContract;
import io.runledger.storage.tck.StoreFixture;

/** The Contents contract on a store whose ids an {@code en-US} collation would sort unlike bytes. */
class EnUsCollatedContentsContractTest extends ContentsContract {
    @Override
    protected StoreFixture fixture() {
        return new EnUsCollatedFixture();
    }
}
