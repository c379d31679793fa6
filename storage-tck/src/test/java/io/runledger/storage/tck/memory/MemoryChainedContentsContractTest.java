package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.ChainedContentsContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryChainedContentsContractTest extends ChainedContentsContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
