package io.runledger.storage.json.contract;

import io.runledger.storage.tck.ChainAnchorContract;
import io.runledger.storage.tck.StoreFixture;

class JsonChainAnchorContractTest extends ChainAnchorContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
