package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.AuditChainContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryAuditChainContractTest extends AuditChainContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
