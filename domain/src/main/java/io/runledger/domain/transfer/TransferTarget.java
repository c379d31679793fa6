package io.runledger.domain.transfer;

import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The store a transfer or an import writes into, which may be created for it: when filling it
 * fails, a store that did not exist before is removed again by its own admin
 * ({@link StoreAdmin#removeCreatedStore()}), so that no empty but valid store is left where there was
 * none. A store that existed before, empty or not, is never touched. The backend decides what its
 * store consists of; this only decides when it goes.
 */
public final class TransferTarget {
    private TransferTarget() {
    }

    /**
     * Opens the target with {@code openForWriting} (which creates a missing store through
     * {@code admin}) and returns what {@code fill} makes of it. On failure the target is closed, its
     * admin removes what it created, and the failure is rethrown; a failure to remove is added to it
     * as suppressed, since the failure that brought us here is what the user must see.
     */
    public static <T> T fill(StoreAdmin admin, Supplier<Store> openForWriting, Function<Store, T> fill) {
        Store target = null;
        try {
            target = openForWriting.get();
            return fill.apply(target);
        } catch (RuntimeException failure) {
            if (target != null) {
                // A file store's files are removed only once they are closed; closing again later is a no-op.
                target.close();
            }
            try {
                admin.removeCreatedStore();
            } catch (RuntimeException removing) {
                failure.addSuppressed(removing);
            }
            throw failure;
        }
    }
}
