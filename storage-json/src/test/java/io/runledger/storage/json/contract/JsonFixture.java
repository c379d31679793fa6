package io.runledger.storage.json.contract;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.json.JsonStorageProvider;
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
 * JSON stores for the contract suite: each fresh spec is {@code <temp>/s-N/state.json} whose
 * directory does not exist yet, so the suite also proves that migrate creates parent directories
 * and that read-only operations create nothing. A short lock wait keeps a mistaken second open quick.
 */
final class JsonFixture implements StoreFixture {
    private final JsonStorageProvider provider = new JsonStorageProvider();
    private final AtomicInteger stores = new AtomicInteger();
    private final Path root;

    JsonFixture() {
        try {
            root = Files.createTempDirectory("runledger-tck-json-");
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
        Path file = root.resolve("s-" + stores.incrementAndGet()).resolve("state.json");
        return new StoreSpec(file.toString(), Map.of("lock_timeout_ms", "2000"));
    }

    /** The store's own directory: everything written for the store (snapshot, journal, lock) lives there. */
    @Override
    public boolean storeExists(StoreSpec spec) {
        return Files.exists(Path.of(spec.location()).getParent());
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.FILES, Capability.OUTLIVES_ITS_PROCESS);
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
