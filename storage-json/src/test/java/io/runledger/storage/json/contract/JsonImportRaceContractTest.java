package io.runledger.storage.json.contract;

import io.runledger.storage.tck.ImportRaceContract;
import io.runledger.storage.tck.StoreFixture;

class JsonImportRaceContractTest extends ImportRaceContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
