package io.runledger.storage.tck;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreSpec;
import java.util.Set;

/**
 * What an adapter's test supplies to the contract suite: its provider, and fresh places where no
 * store exists yet. The suite creates stores there through the provider's own admin port.
 */
public interface StoreFixture extends AutoCloseable {
    StorageProvider provider();

    /** A location where no store exists yet; every call returns a new one. */
    StoreSpec freshSpec();

    /** What this backend supports beyond the common contract; tests for other capabilities are skipped visibly. */
    Set<Capability> capabilities();

    /** Removes whatever the fixture created. */
    @Override
    void close();
}
