package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.ImportRaceContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteImportRaceContractTest extends ImportRaceContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
