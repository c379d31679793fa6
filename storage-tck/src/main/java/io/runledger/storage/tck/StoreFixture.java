package io.runledger.storage.tck;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreAdmin;
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

    /**
     * A new location holding a new store at the schema head, exactly as {@code migrate(false)} at a
     * {@link #freshSpec()} makes it, with nothing opened. A backend whose migrations are slow may copy a
     * store it made so once (PostgreSQL: a template database) instead of migrating again.
     */
    default StoreSpec createdSpec() {
        StoreSpec spec = freshSpec();
        try (StoreAdmin admin = provider().admin(spec)) {
            admin.migrate(false);
        }
        return spec;
    }

    /**
     * Whether anything of a store exists at {@code spec}, looked at from outside the adapter: for a
     * file backend the file or a directory created for it, for a server backend a schema or table.
     * The suite uses it to prove that read-only operations create nothing.
     */
    boolean storeExists(StoreSpec spec);

    /**
     * Whether a writer is seen, from outside the adapter, waiting for a lock on the store at
     * {@code spec} (a server's lock table). A backend whose every lock wait ends by itself within a
     * few seconds may answer false: a contract then waits for the writer to give up instead.
     */
    default boolean writerWaits(StoreSpec spec) {
        return false;
    }

    /** What this backend supports beyond the common contract; tests for other capabilities are skipped visibly. */
    Set<Capability> capabilities();

    /** Removes whatever the fixture created. */
    @Override
    void close();
}
