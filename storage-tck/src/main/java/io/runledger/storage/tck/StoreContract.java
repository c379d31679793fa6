package io.runledger.storage.tck;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every contract class: obtains a fixture before each test, hands out stores made
 * through the provider SPI only, and closes everything it opened (stores, admins, the fixture) after.
 */
public abstract class StoreContract {
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private StoreFixture activeFixture;
    private Store store;

    /**
     * The adapter's fixture for one test. Called once before each test; the suite closes it after
     * the test. An expensive backend may share a server between fixtures, as long as each fixture's
     * fresh specs are new and its close removes only what it made.
     */
    protected abstract StoreFixture fixture();

    @BeforeEach
    final void obtainFixture() {
        activeFixture = fixture();
    }

    /** Closes every handle even when one fails, then the fixture; a close that throws fails the test. */
    @AfterEach
    final void closeEverything() {
        AssertionError failure = null;
        while (!opened.isEmpty()) {
            AutoCloseable handle = opened.pop();
            try {
                handle.close();
            } catch (Exception e) {
                failure = failure != null ? failure : new AssertionError("close() of " + handle.getClass().getName() + " must not throw", e);
            }
        }
        activeFixture.close();
        if (failure != null) {
            throw failure;
        }
    }

    /** The fixture of the running test. */
    protected final StoreFixture activeFixture() {
        return activeFixture;
    }

    protected final StorageProvider provider() {
        return activeFixture.provider();
    }

    /** Skips the test visibly (the reason names the capability) unless the backend has it. */
    protected final void requireCapability(Capability capability) {
        Assumptions.assumeTrue(activeFixture.capabilities().contains(capability),
                () -> "skipped: backend " + provider().id() + " lacks capability " + capability);
    }

    /** An admin for {@code spec}, closed after the test. */
    protected final StoreAdmin admin(StoreSpec spec) {
        return track(provider().admin(spec));
    }

    /** A new store at head at a fresh spec, as {@code migrate(false)} creates it, nothing opened: {@link StoreFixture#createdSpec()}. */
    protected final StoreSpec createdSpec() {
        return activeFixture.createdSpec();
    }

    /** Opens the store at {@code spec}; closed after the test. */
    protected final Store open(StoreSpec spec) {
        return track(provider().open(spec));
    }

    /** The test's main store: created and opened at a fresh spec on first use. */
    protected final Store store() {
        if (store == null) {
            store = open(createdSpec());
        }
        return store;
    }

    private <T extends AutoCloseable> T track(T handle) {
        opened.push(handle);
        return handle;
    }
}
