package io.runledger.storage.json.contract;

import io.runledger.storage.tck.StepsContract;
import io.runledger.storage.tck.StoreFixture;

class JsonStepsContractTest extends StepsContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
