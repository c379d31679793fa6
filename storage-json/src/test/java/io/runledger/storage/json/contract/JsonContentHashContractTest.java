package io.runledger.storage.json.contract;

import io.runledger.storage.tck.ContentHashContract;
import io.runledger.storage.tck.StoreFixture;

class JsonContentHashContractTest extends ContentHashContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
