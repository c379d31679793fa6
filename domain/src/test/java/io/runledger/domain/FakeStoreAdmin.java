package io.runledger.domain;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A StoreAdmin that answers as told and records which methods were called. */
final class FakeStoreAdmin implements StoreAdmin {
    final List<String> calls = new ArrayList<>();
    private final Optional<StoreStatus> status;
    private final List<Check> checks;
    private final Optional<StoreException> checkFailure;

    FakeStoreAdmin(Optional<StoreStatus> status, List<Check> checks, Optional<StoreException> checkFailure) {
        this.status = status;
        this.checks = checks;
        this.checkFailure = checkFailure;
    }

    @Override
    public StoreStatus status() {
        calls.add("status");
        return status.orElseThrow(() -> new StoreException(
                io.runledger.storage.api.ReasonCode.SQLITE_UNAVAILABLE, "native driver did not load"));
    }

    @Override
    public MigrationReport migrate(boolean dryRun) {
        calls.add("migrate");
        throw new AssertionError("doctor must never migrate");
    }

    @Override
    public List<Check> check() {
        calls.add("check");
        if (checkFailure.isPresent()) {
            throw checkFailure.get();
        }
        return checks;
    }

    @Override
    public void vacuum() {
        calls.add("vacuum");
        throw new AssertionError("doctor must never vacuum");
    }

    @Override
    public void close() {
        calls.add("close");
    }
}
