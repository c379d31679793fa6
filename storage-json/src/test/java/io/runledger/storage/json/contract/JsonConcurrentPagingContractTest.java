package io.runledger.storage.json.contract;

import io.runledger.storage.tck.ConcurrentPagingContract;
import io.runledger.storage.tck.StoreFixture;

class JsonConcurrentPagingContractTest extends ConcurrentPagingContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
