package io.runledger.storage.json.contract;

import io.runledger.storage.tck.AdminContract;
import io.runledger.storage.tck.StoreFixture;

class JsonAdminContractTest extends AdminContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
