package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.ChainAnchorContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryChainAnchorContractTest extends ChainAnchorContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
