package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.ContentHashContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryContentHashContractTest extends ContentHashContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
