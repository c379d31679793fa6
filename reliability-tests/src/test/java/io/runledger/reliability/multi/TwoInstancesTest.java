package io.runledger.reliability.multi;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.reliability.ChildRunledger;
import io.runledger.reliability.Figures;
import io.runledger.reliability.Scale;
import io.runledger.reliability.ServeProcess;
import io.runledger.reliability.soak.Instances;
import io.runledger.reliability.soak.Latencies;
import io.runledger.reliability.soak.LatencyTable;
import io.runledger.reliability.soak.SoakLoad;
import io.runledger.reliability.soak.SoakStore;
import io.runledger.reliability.soak.StoreContents;
import io.runledger.reliability.soak.StoreReading;
import io.runledger.reliability.soak.Tally;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue [H], multi-instance: two {@code serve} processes on one PostgreSQL database share the soak
 * load; one of them is SIGKILLed mid-run and restarted (three times, alternating, in the long form).
 * Requests its clients lost are unacknowledged and are retried with the same ids on the other
 * instance. Afterwards nothing acknowledged is lost, nothing is stored twice, and a client paging
 * across both instances during all this never saw an id twice or missed one that existed before, and
 * the audit events both appended make one chain that verifies.
 */
class TwoInstancesTest {
    private static final int CLIENTS = 64;
    private static final Duration DURATION = Scale.current().pick(Duration.ofSeconds(12), Duration.ofMinutes(10));
    private static final int KILLS = Scale.current().pick(1, 3);

    @TempDir
    Path dir;

    @Test
    void killingOneOfTwoInstancesMidLoadLosesNothingDuplicatesNothingAndKeepsCursorsConsistent() throws Exception {
        List<ServeProcess> servers = new ArrayList<>();
        try (SoakStore store = SoakStore.postgres()) {
            Path[] logs = {dir.resolve("serve-0.log"), dir.resolve("serve-1.log")};
            servers.add(ServeProcess.start(dir, Map.of(), store.options(), logs[0]));
            servers.add(ServeProcess.start(dir, Map.of(), store.options(), logs[1]));
            Instances instances = new Instances(servers.stream().map(ServeProcess::baseUri).toList());
            SoakLoad load = SoakLoad.start(instances, CLIENTS, DURATION);
            CursorWalker walker = new CursorWalker(instances, load.ledger());
            Thread walking = new Thread(walker, "cursor-walker");
            walking.start();

            for (int kill = 0; kill < KILLS; kill++) {
                // The kills are spread evenly over the load: each waits for the load's own clock to reach its time.
                double at = DURATION.toMillis() / 1000.0 * (kill + 1) / (KILLS + 1);
                await().atMost(DURATION).pollInterval(Duration.ofMillis(20)).until(() -> load.elapsedSeconds() >= at);
                int victim = kill % 2;
                servers.get(victim).kill();
                servers.set(victim, ServeProcess.start(dir, Map.of(), store.options(), logs[victim]));
                instances.replace(victim, servers.get(victim).baseUri());
            }
            Latencies latencies = load.await();
            double seconds = load.elapsedSeconds();
            walker.stop();
            walking.join();

            Tally tally = load.tally();
            assertEquals(List.of(), tally.serverErrors(), () -> "5xx answers; logs:\n" + servers.get(0).output() + servers.get(1).output());
            assertEquals(List.of(), tally.unexpected(), "answers the operations should not get");
            assertTrue(tally.connectionErrors() > 0, "the kill hit no client, so it proved nothing");
            assertEquals(List.of(), walker.problems(), "paging across both instances while they were written and killed");
            assertTrue(walker.walks() > 0, "no paging walk finished");

            StoreContents acknowledged = load.ledger().contents();
            for (ServeProcess server : servers) {
                assertEquals(List.of(), StoreReading.fromApi(server.baseUri()).differencesFrom(acknowledged),
                        "instance at " + server.baseUri() + " lists exactly what was acknowledged, each once");
            }
            servers.forEach(ServeProcess::stop);
            Path export = dir.resolve("export.jsonl");
            ChildRunledger.Result exported = ChildRunledger.run(dir, Map.of(), store.with("store", "export", "--out",
                    export.toString(), "--quiet"));
            assertEquals(0, exported.exitCode(), exported.output());
            assertEquals(List.of(), StoreReading.fromExport(export).differencesFrom(acknowledged),
                    "the export holds exactly what was acknowledged, each once");
            ChildRunledger.Result verified = ChildRunledger.run(dir, Map.of(), store.with("audit", "verify"));
            assertEquals(0, verified.exitCode(), () -> "both instances' appends, across the kill, make one gapless "
                    + "audit chain: " + verified.output());

            LatencyTable.record("two instances, postgres, " + KILLS + " SIGKILL", latencies);
            Figures.record("soak", "two serve instances on one PostgreSQL database",
                    String.format(Locale.ROOT, "SIGKILL of one of two serve instances mid-load, then restart "
                            + "(%d clients × %.0f s split across both)", CLIENTS, seconds),
                    KILLS,
                    String.format(Locale.ROOT, "%s over %d requests; %d attempts lost to the kill, retried with the "
                            + "same ids (%d had been stored before the answer was lost)", acknowledged.counts(),
                            tally.requests(), tally.connectionErrors(), tally.storedBeforeRetry()),
                    String.format(Locale.ROOT, "all of it exactly once on both instances and in the export; 0 5xx; "
                            + "%d paging walks (%d pages, alternating instances): no id twice, none skipped; %s",
                            walker.walks(), walker.pages(), latencies.overall().summary()));
        } finally {
            servers.forEach(ServeProcess::close);
        }
    }
}
