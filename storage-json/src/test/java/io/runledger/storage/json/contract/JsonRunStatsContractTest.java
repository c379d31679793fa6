package io.runledger.storage.json.contract;

import io.runledger.storage.tck.RunStatsContract;
import io.runledger.storage.tck.StoreFixture;

class JsonRunStatsContractTest extends RunStatsContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
