package io.runledger.http;

import io.runledger.bootstrap.ConfigFlags;
import io.runledger.bootstrap.ConfigResolver;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.ProviderRegistry;
import io.runledger.bootstrap.RunledgerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A file backend found through the installed providers, exactly as {@code runledger serve} finds it:
 * each fresh store is {@code <temp>/s-N/<file>} under a temporary directory.
 */
class ConfiguredBackendFixture implements HttpBackendFixture {
    private final String backend;
    private final String fileName;
    private final Path root;
    private final AtomicInteger stores = new AtomicInteger();

    ConfiguredBackendFixture(String backend, String fileName) {
        this.backend = backend;
        this.fileName = fileName;
        try {
            this.root = Files.createTempDirectory("runledger-http-" + backend + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String backend() {
        return backend;
    }

    @Override
    public LedgerRuntime freshRuntime() {
        ProviderRegistry registry = ProviderRegistry.installed();
        Path location = root.resolve("s-" + stores.incrementAndGet()).resolve(fileName);
        RunledgerConfig config = new ConfigResolver(registry).resolve(
                new ConfigFlags(Optional.of(backend), Optional.of(location.toString()), Optional.empty()), Map.of(), root);
        return LedgerRuntime.start(config, registry);
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
