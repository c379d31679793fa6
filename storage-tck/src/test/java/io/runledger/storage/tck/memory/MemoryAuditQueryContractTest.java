package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.AuditQueryContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryAuditQueryContractTest extends AuditQueryContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
