package io.runledger.storage.json.contract;

import io.runledger.storage.tck.PaginationContract;
import io.runledger.storage.tck.StoreFixture;

class JsonPaginationContractTest extends PaginationContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
