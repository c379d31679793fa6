package io.runledger.storage.sqlite.contract;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.sqlite.SqliteStorageProvider;
import io.runledger.storage.tck.Capability;
import io.runledger.storage.tck.StoreFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * SQLite stores for the contract suite: each fresh spec is {@code <temp>/s-N/state.sqlite} whose
 * directory does not exist yet, so the suite also proves that migrate creates parent directories
 * and that read-only operations create nothing.
 */
public final class SqliteFixture implements StoreFixture {
    private final SqliteStorageProvider provider = new SqliteStorageProvider();
    private final AtomicInteger stores = new AtomicInteger();
    private final Path root;

    public SqliteFixture() {
        try {
            root = Files.createTempDirectory("runledger-tck-sqlite-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public StorageProvider provider() {
        return provider;
    }

    @Override
    public StoreSpec freshSpec() {
        Path file = root.resolve("s-" + stores.incrementAndGet()).resolve("state.sqlite");
        return new StoreSpec(file.toString(), Map.of());
    }

    /** The store's own directory: anything written for the store (database, WAL, lock file) lives there. */
    @Override
    public boolean storeExists(StoreSpec spec) {
        return Files.exists(Path.of(spec.location()).getParent());
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.SQL_MIGRATIONS, Capability.FILES, Capability.OUTLIVES_ITS_PROCESS, Capability.SHARED_BY_INSTANCES);
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
