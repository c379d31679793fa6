package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.ImportRaceContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresImportRaceContractTest extends ImportRaceContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
