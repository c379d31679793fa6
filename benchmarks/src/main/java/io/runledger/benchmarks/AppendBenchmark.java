package io.runledger.benchmarks;

import io.runledger.bootstrap.ConfigFlags;
import io.runledger.bootstrap.ConfigResolver;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.ProviderRegistry;
import io.runledger.domain.AuditTrail;
import io.runledger.domain.IdGenerator;
import io.runledger.domain.NewAuditEvent;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Durable single-event appends per second through the domain's {@link AuditTrail}, per backend, as
 * wired in production ({@code commit=group}: concurrent appends share a transaction) or straight on
 * the store's port ({@code commit=direct}: one transaction per append). Run it with several thread
 * counts ({@code -t}) to see how throughput follows concurrency.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AppendBenchmark {
    private static final NewAuditEvent EVENT = new NewAuditEvent(Optional.empty(), Optional.empty(), AuditLevel.INFO,
            Optional.empty(), "bench", "appended", "one durable append", CanonicalJson.EMPTY_OBJECT);

    @Param({"sqlite", "json"})
    public String backend;

    @Param({"group", "direct"})
    public String commit;

    private Path dir;
    private LedgerRuntime runtime;
    private AuditTrail trail;

    @Setup(Level.Trial)
    public void openStore() throws IOException {
        dir = Files.createTempDirectory("runledger-jmh-");
        ProviderRegistry registry = ProviderRegistry.installed();
        String file = backend.equals("json") ? "state.json" : "state." + backend;
        runtime = LedgerRuntime.start(new ConfigResolver(registry).resolve(
                new ConfigFlags(Optional.of(backend), Optional.of(file), Optional.empty()), Map.of(), dir), registry);
        runtime.storeForWriting();
        trail = commit.equals("group") ? runtime.auditTrail()
                : new AuditTrail(runtime.store().auditLog(), new IdGenerator(Clock.systemUTC()), Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void closeStore() throws IOException {
        runtime.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public List<AuditEvent> appendOneEvent() {
        return trail.append(List.of(EVENT));
    }
}
