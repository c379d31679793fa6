package io.runledger.storage.json;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The figure in docs/PERFORMANCE.md: durable appends per second into an empty JSON store and into
 * one that already holds 100,000 events. Each append is one {@code AuditLog.append} call (one journal
 * line, one fsync). Run: {@code java -cp <test class path> io.runledger.storage.json.AppendBench DIR [APPENDS] [BATCH]}.
 */
public final class AppendBench {
    private static final int PRELOADED = 100_000;
    private static final int CHUNKS = 20;
    private static final Instant TS = Instant.parse("2026-11-21T10:00:00.000001Z");

    private AppendBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int appends = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        JsonStorageProvider provider = new JsonStorageProvider();
        StoreSpec emptySpec = fresh(provider, dir.resolve("empty"));
        StoreSpec fullSpec = fresh(provider, dir.resolve("full"));
        try (Store store = provider.open(fullSpec)) {
            store.contents().importFrom(IntStream.range(0, PRELOADED).<LedgerRecord>mapToObj(i -> event("pre-" + i)).iterator());
        }
        System.out.printf("snapshot of %,d events: %,d bytes%n", PRELOADED, Files.size(dir.resolve("full").resolve("state.json")));
        // Both stores open at once, appended to in alternating chunks, so that the disk's mood swings hit both alike.
        try (Store empty = provider.open(emptySpec); Store full = provider.open(fullSpec)) {
            int chunk = appends / CHUNKS;
            long emptyNanos = 0;
            long fullNanos = 0;
            for (int c = 0; c < CHUNKS; c++) {
                boolean fullFirst = c % 2 == 1;
                long first = time(fullFirst ? full : empty, c * chunk, chunk, batch);
                long second = time(fullFirst ? empty : full, c * chunk, chunk, batch);
                emptyNanos += fullFirst ? second : first;
                fullNanos += fullFirst ? first : second;
            }
            double emptyRate = CHUNKS * chunk / (emptyNanos / 1e9);
            double fullRate = CHUNKS * chunk / (fullNanos / 1e9);
            System.out.printf("%d appends of %d event(s) each: empty store %.0f appends/s, store with %,d events %.0f appends/s,"
                    + " ratio %.2f%n", CHUNKS * chunk, batch, emptyRate, PRELOADED, fullRate, emptyRate / fullRate);
        }
        long opening = System.nanoTime();
        provider.open(fullSpec).close();
        long compacting = System.nanoTime();
        provider.admin(fullSpec).vacuum();
        long done = System.nanoTime();
        System.out.printf("store with %,d events: open (verify + replay) %d ms, compaction (open + rewrite) %d ms%n",
                PRELOADED + appends * batch, (compacting - opening) / 1_000_000, (done - compacting) / 1_000_000);
    }

    private static long time(Store store, int from, int count, int batch) {
        long started = System.nanoTime();
        for (int i = from; i < from + count; i++) {
            List<AuditEvent> events = new ArrayList<>(batch);
            for (int j = 0; j < batch; j++) {
                events.add(event(String.format("new-%08d-%04d", i, j)));
            }
            store.auditLog().append(events);
        }
        return System.nanoTime() - started;
    }

    private static StoreSpec fresh(JsonStorageProvider provider, Path dir) {
        StoreSpec spec = new StoreSpec(dir.resolve("state.json").toString(), Map.of());
        provider.admin(spec).migrate(false);
        return spec;
    }

    private static AuditEvent event(String id) {
        return new AuditEvent(new EventId(id), TS, AuditLevel.INFO, Optional.empty(), "bench", "appended",
                "a benchmark event of ordinary size, " + id, new CanonicalJson("{\"attempt\":1,\"host\":\"runner-7\",\"ok\":true}"));
    }
}
