package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.AuditLogContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryAuditLogContractTest extends AuditLogContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
