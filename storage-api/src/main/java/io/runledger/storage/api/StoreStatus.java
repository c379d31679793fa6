package io.runledger.storage.api;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a store stands against this binary. {@code schemaVersion} is 0 for a store that does not
 * exist yet; {@code pending} lists the migrations this binary would apply. {@code oldestUpgradable}
 * is the oldest schema version this binary can migrate from; {@code compatibleFloor}, when the store
 * records one, is the oldest binary head that may still read and write it (every migration above
 * that head was additive), which lets an older binary use a newer store during a rolling upgrade.
 * {@code repairPending} says that the store is at the head but its own records of that (the version and
 * floor it keeps beside the schema) lag behind, as a migrator killed between applying its migrations and
 * recording them leaves it; the next migrate, or the next open for writing, repairs them.
 */
public record StoreStatus(String backend, String persistenceMode, String location, boolean initialized,
                          int schemaVersion, int schemaHead, List<Migration> pending, int oldestUpgradable,
                          OptionalInt compatibleFloor, boolean repairPending) {
    public StoreStatus {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(persistenceMode, "persistenceMode");
        Objects.requireNonNull(location, "location");
        pending = List.copyOf(pending);
        if (oldestUpgradable < 1 || oldestUpgradable > schemaHead) {
            throw new IllegalArgumentException("the oldest upgradable version must be from 1 to the head");
        }
        Objects.requireNonNull(compatibleFloor, "compatibleFloor");
        if (repairPending && (!initialized || schemaVersion != schemaHead)) {
            throw new IllegalArgumentException("only a store at the head can have a repair pending");
        }
    }

    /** A status whose records agree with its schema (nothing to repair). */
    public StoreStatus(String backend, String persistenceMode, String location, boolean initialized,
                       int schemaVersion, int schemaHead, List<Migration> pending, int oldestUpgradable,
                       OptionalInt compatibleFloor) {
        this(backend, persistenceMode, location, initialized, schemaVersion, schemaHead, pending, oldestUpgradable,
                compatibleFloor, false);
    }

    /** A status of a backend that can upgrade every version and records no compatibility floor. */
    public StoreStatus(String backend, String persistenceMode, String location, boolean initialized,
                       int schemaVersion, int schemaHead, List<Migration> pending) {
        this(backend, persistenceMode, location, initialized, schemaVersion, schemaHead, pending, 1, OptionalInt.empty());
    }

    public boolean newerThanBinary() {
        return schemaVersion > schemaHead;
    }

    /** True for a newer store whose recorded compatibility floor is at or below this binary's head. */
    public boolean usableByThisOlderBinary() {
        return newerThanBinary() && compatibleFloor.isPresent() && compatibleFloor.getAsInt() <= schemaHead;
    }

    /** True for an existing store older than the oldest version this binary can upgrade. */
    public boolean tooOld() {
        return initialized && schemaVersion < oldestUpgradable;
    }

    public boolean atHead() {
        return initialized && schemaVersion == schemaHead;
    }

    /**
     * The one direction-aware version check: passes for an initialized store at this binary's head,
     * or newer but with a compatibility floor that admits this binary; otherwise says which way the
     * store is off and what to do about it.
     */
    public void requireAtHead() {
        if (!initialized) {
            throw new StoreException(ReasonCode.STORE_NOT_INITIALIZED, backend + " store at " + location
                    + " is not initialized yet; run `runledger db migrate` to create it");
        }
        if (newerThanBinary()) {
            if (usableByThisOlderBinary()) {
                return;
            }
            throw new StoreException(ReasonCode.SCHEMA_NEWER_THAN_BINARY, backend + " store at " + location
                    + " has schema version " + schemaVersion + " but this runledger knows only up to "
                    + schemaHead + floorNote() + "; upgrade runledger or restore a backup (nothing was written)");
        }
        if (tooOld()) {
            throw new StoreException(ReasonCode.SCHEMA_TOO_OLD, backend + " store at " + location
                    + " has schema version " + schemaVersion + ", older than the oldest this runledger can upgrade ("
                    + oldestUpgradable + "); upgrade it with an intermediate runledger release first, or export it "
                    + "with the old runledger and import it with this one (nothing was written)");
        }
        if (schemaVersion < schemaHead) {
            throw new StoreException(ReasonCode.SCHEMA_PENDING, backend + " store at " + location
                    + " has schema version " + schemaVersion + " and this runledger needs " + schemaHead
                    + "; run `runledger db migrate` (consider --backup)");
        }
    }

    /**
     * Refuses a store this binary must not migrate: newer than the binary (unless its compatibility
     * floor admits this binary, when there is nothing to migrate) or older than the oldest upgradable
     * version. Anything else passes, a missing store and pending migrations included.
     */
    public void requireNotNewer() {
        if (newerThanBinary() || tooOld()) {
            requireAtHead();
        }
    }

    /**
     * Refuses what a read or maintenance command (check, vacuum, backup) must not touch: a store that
     * does not exist ({@link ReasonCode#STORE_NOT_INITIALIZED}) or one {@link #requireNotNewer()} refuses.
     */
    public void requireExisting() {
        if (!initialized) {
            requireAtHead();
        }
        requireNotNewer();
    }

    private String floorNote() {
        return compatibleFloor.isPresent()
                ? " and it may be used only by runledger releases with schema head " + compatibleFloor.getAsInt() + " or later"
                : "";
    }
}
