package io.runledger.storage.json.contract;

import io.runledger.storage.tck.ChainedContentsContract;
import io.runledger.storage.tck.StoreFixture;

class JsonChainedContentsContractTest extends ChainedContentsContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
