package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.AuditRetentionContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryAuditRetentionContractTest extends AuditRetentionContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
