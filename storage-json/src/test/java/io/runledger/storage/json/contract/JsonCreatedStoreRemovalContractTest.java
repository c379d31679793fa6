package io.runledger.storage.json.contract;

import io.runledger.storage.tck.CreatedStoreRemovalContract;
import io.runledger.storage.tck.StoreFixture;

class JsonCreatedStoreRemovalContractTest extends CreatedStoreRemovalContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
