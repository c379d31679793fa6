package io.runledger.reliability.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.reliability.ChildRunledger;
import io.runledger.reliability.Figures;
import io.runledger.reliability.Scale;
import io.runledger.reliability.ServeProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue [H], soak: 64 concurrent HTTP clients mix run and step creates, status transitions, single
 * and batch audit appends and queries against one {@code serve} child. No answer is a 5xx, the store
 * holds exactly what was acknowledged (read through the API, and from an export of the stopped
 * store), and the answer times are recorded. 12 s per backend in the short form, 10 minutes long.
 */
class SoakTest {
    static final int CLIENTS = 64;
    static final Duration DURATION = Scale.current().pick(Duration.ofSeconds(8), Duration.ofMinutes(10));

    @TempDir
    Path dir;

    @Test
    void sixtyFourClientsOnSqliteGetNo5xxAndLoseNoAcknowledgedWrite() throws Exception {
        soak(SoakStore.sqlite(dir));
    }

    @Test
    void sixtyFourClientsOnJsonGetNo5xxAndLoseNoAcknowledgedWrite() throws Exception {
        soak(SoakStore.json(dir));
    }

    @Test
    void sixtyFourClientsOnPostgresGetNo5xxAndLoseNoAcknowledgedWrite() throws Exception {
        soak(SoakStore.postgres());
    }

    private void soak(SoakStore store) throws Exception {
        try (store; ServeProcess server = ServeProcess.start(dir, Map.of(), store.options(), dir.resolve("serve.log"))) {
            SoakLoad load = SoakLoad.start(new Instances(List.of(server.baseUri())), CLIENTS, DURATION);
            Latencies latencies = load.await();
            double seconds = load.elapsedSeconds();
            Tally tally = load.tally();
            assertEquals(List.of(), tally.serverErrors(), () -> "5xx answers; server log:\n" + tail(server.output()));
            assertEquals(List.of(), tally.unexpected(), "answers the operations should not get");
            StoreContents acknowledged = load.ledger().contents();

            assertEquals(List.of(), StoreReading.fromApi(server.baseUri()).differencesFrom(acknowledged),
                    "the API lists exactly what was acknowledged");
            server.stop();
            Path export = dir.resolve("export.jsonl");
            ChildRunledger.Result exported = ChildRunledger.run(dir, Map.of(), store.with("store", "export", "--out",
                    export.toString(), "--quiet"));
            assertEquals(0, exported.exitCode(), exported.output());
            assertEquals(List.of(), StoreReading.fromExport(export).differencesFrom(acknowledged),
                    "the export of the stopped store holds exactly what was acknowledged");

            String label = "soak, " + store.backend();
            LatencyTable.record(label, latencies);
            Figures.record("soak", label,
                    String.format(Locale.ROOT, "%d clients × %.0f s mixed load (creates, transitions, appends, queries)",
                            CLIENTS, seconds),
                    tally.requests(),
                    acknowledged.counts() + String.format(Locale.ROOT, " (%.0f requests/s)", tally.requests() / seconds),
                    "all of it exactly, via API and export; 0 5xx; " + latencies.overall().summary());
        }
    }

    static String tail(String log) {
        return log.length() > 20_000 ? log.substring(log.length() - 20_000) : log;
    }
}
