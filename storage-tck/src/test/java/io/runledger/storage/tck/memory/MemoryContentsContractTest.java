package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.ContentsContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryContentsContractTest extends ContentsContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
