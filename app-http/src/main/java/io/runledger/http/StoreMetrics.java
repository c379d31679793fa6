package io.runledger.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.runledger.domain.LedgerObserver;
import io.runledger.storage.api.ConnectionPoolState;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The store's meters, each tagged with its {@code backend}: group-commit transactions (events per
 * transaction and commit latency), events and runs appended, size on disk and usable space beside it,
 * schema version and head, readiness, and the connection pools. Gauges are read at scrape time through
 * the shared reads of {@link StoreStanding} and {@link StoreSize}; commits arrive as a {@link LedgerObserver}.
 */
final class StoreMetrics implements LedgerObserver {
    private static final double[] BATCH_BUCKETS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

    private final DistributionSummary batchEvents;
    private final Timer commitLatency;
    private final Counter eventsAppended;
    private final Counter runsCreated;

    StoreMetrics(MeterRegistry registry, String backend, StoreStanding standing, StoreSize size,
                 Supplier<List<ConnectionPoolState>> pools) {
        batchEvents = DistributionSummary.builder("runledger.audit.commit.batch").baseUnit("events")
                .description("Audit events per group-commit transaction").tag("backend", backend)
                .serviceLevelObjectives(BATCH_BUCKETS).register(registry);
        commitLatency = Timer.builder("runledger.audit.commit")
                .description("Time of one group-commit transaction of the audit log").tag("backend", backend)
                .serviceLevelObjectives(ServerMetrics.LATENCY_BUCKETS).register(registry);
        eventsAppended = Counter.builder("runledger.audit.events.appended").description("Audit events committed")
                .tag("backend", backend).register(registry);
        runsCreated = Counter.builder("runledger.runs.stored").description("Runs stored")
                .tag("backend", backend).register(registry);
        Gauge.builder("runledger.store.size", size, s -> known(s.now().bytes())).baseUnit("bytes")
                .description("Size of the store on disk (files, or relations with indexes on PostgreSQL)")
                .tag("backend", backend).register(registry);
        Gauge.builder("runledger.store.usable", size, s -> known(s.now().usableBytes())).baseUnit("bytes")
                .description("Usable space on the volume of a file store").tag("backend", backend).register(registry);
        Gauge.builder("runledger.schema.version", standing, s -> s.now().status().map(st -> (double) st.schemaVersion())
                        .orElse(Double.NaN))
                .description("Schema version of the store").tag("backend", backend).register(registry);
        Gauge.builder("runledger.schema.head", standing, s -> s.now().status().map(st -> (double) st.schemaHead())
                        .orElse(Double.NaN))
                .description("Schema head of this binary").tag("backend", backend).register(registry);
        Gauge.builder("runledger.store.ready", () -> ready(standing, size))
                .description("1 when GET /readyz would answer 200, else 0").tag("backend", backend).register(registry);
        for (ConnectionPoolState pool : pools.get()) {
            poolGauge(registry, backend, pools, pool.name(), "active", ConnectionPoolState::active);
            poolGauge(registry, backend, pools, pool.name(), "idle", ConnectionPoolState::idle);
            poolGauge(registry, backend, pools, pool.name(), "pending", ConnectionPoolState::pending);
            poolGauge(registry, backend, pools, pool.name(), "max", ConnectionPoolState::max);
        }
    }

    @Override
    public void auditCommitted(int batches, int events, long nanos) {
        batchEvents.record(events);
        commitLatency.record(nanos, TimeUnit.NANOSECONDS);
        eventsAppended.increment(events);
    }

    @Override
    public void runCreated() {
        runsCreated.increment();
    }

    private static void poolGauge(MeterRegistry registry, String backend, Supplier<List<ConnectionPoolState>> pools,
                                  String name, String state, ToIntFunction<ConnectionPoolState> value) {
        Gauge.builder("runledger.store.pool.connections", () -> pools.get().stream()
                        .filter(pool -> pool.name().equals(name)).mapToDouble(value::applyAsInt).findFirst().orElse(Double.NaN))
                .description("Connections of a store's pool by state (active, idle, pending threads, max)")
                .tag("backend", backend).tag("pool", name).tag("state", state).register(registry);
    }

    private static double ready(StoreStanding standing, StoreSize size) {
        return standing.now().failure().isEmpty() && !size.volumeFull() ? 1 : 0;
    }

    private static double known(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : Double.NaN;
    }
}
