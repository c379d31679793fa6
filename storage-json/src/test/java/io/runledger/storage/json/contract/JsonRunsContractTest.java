package io.runledger.storage.json.contract;

import io.runledger.storage.tck.RunsContract;
import io.runledger.storage.tck.StoreFixture;

class JsonRunsContractTest extends RunsContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
