package io.runledger.storage.json.contract;

import io.runledger.storage.tck.AuditChainContract;
import io.runledger.storage.tck.StoreFixture;

class JsonAuditChainContractTest extends AuditChainContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
