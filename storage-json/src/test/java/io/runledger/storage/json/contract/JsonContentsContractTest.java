package io.runledger.storage.json.contract;

import io.runledger.storage.tck.ContentsContract;
import io.runledger.storage.tck.StoreFixture;

class JsonContentsContractTest extends ContentsContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
