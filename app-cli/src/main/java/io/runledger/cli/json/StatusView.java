package io.runledger.cli.json;

import io.runledger.storage.api.StoreStatus;
import java.util.List;

/**
 * {@code db status --json}: {@code store_backend}, {@code location} (secrets hidden),
 * {@code initialized}, {@code schema_version} (0 when not initialized), {@code schema_head} and the
 * {@code pending} migrations; {@code repair_pending} when the store's records lag its schema after an
 * interrupted migration (the next write or {@code db migrate} repairs them).
 */
public record StatusView(String storeBackend, String location, boolean initialized, int schemaVersion,
                         int schemaHead, List<MigrationView> pending, boolean repairPending) {
    public static StatusView of(StoreStatus status, String displayLocation) {
        return new StatusView(status.backend(), displayLocation, status.initialized(), status.schemaVersion(),
                status.schemaHead(), status.pending().stream().map(MigrationView::of).toList(), status.repairPending());
    }
}
