package io.runledger.storage.json.contract;

import io.runledger.storage.tck.DurabilityContract;
import io.runledger.storage.tck.StoreFixture;

class JsonDurabilityContractTest extends DurabilityContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
