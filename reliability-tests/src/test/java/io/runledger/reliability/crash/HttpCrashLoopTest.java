package io.runledger.reliability.crash;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.reliability.Figures;
import io.runledger.reliability.Scale;
import io.runledger.reliability.ServeProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code serve} killed with SIGKILL at random moments while client threads POST events and batches,
 * then started again on the same store: after every kill {@code db check} passes, every 201 is in the
 * store once and exactly as sent, and every request left unanswered is stored whole or not at all.
 */
class HttpCrashLoopTest {
    private static final int CLIENTS = 4;
    /** At most this many 201 answers between two kills: roughly the 0–1.5 s of load the kill moment spans. */
    private static final int KILL_AFTER_AT_MOST = 300;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(CrashBackend.class)
    void everyCreatedEventSurvivesSigkillOfServe(CrashBackend backend) {
        int kills = Scale.current().pick(2, 50);
        long seed = Long.getLong("runledger.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> store = CrashBackend.patient(dir, backend.freshStore(dir));
        SentLedger ledger = new SentLedger();
        StoreReader reader = new StoreReader(dir, store);
        Path log = dir.resolve("serve.log");
        long started = System.nanoTime();
        Found found = new Found(0, 0);
        try (HttpLoad load = new HttpLoad(ledger, new EventSource("http-" + backend.id()), CLIENTS, seed, false)) {
            for (int kill = 1; kill <= kills; kill++) {
                String context = backend.id() + " kill " + kill + " of " + kills + " (seed " + seed + ")";
                try (ServeProcess serve = ServeProcess.start(dir, Map.of(), store, log)) {
                    load.resume(serve.baseUri());
                    awaitCreated(load, load.created() + killAfter(random), context, serve);
                    assertTrue(serve.process().isAlive(), context + ": serve ended before it was killed\n" + serve.output());
                    serve.kill();
                } finally {
                    load.pause();
                }
                found = CrashVerdict.judge(ledger, reader.checkAndExport(context), context);
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        Figures.record("crash", "HTTP `POST /v1/audit` (" + CLIENTS + " clients, 1–10 events per request), " + backend.id(),
                "SIGKILL of `runledger serve`", kills,
                String.format("%,d events in 201 answers (%,d sent)", ledger.acknowledgedCount(), ledger.sentCount()),
                String.format("after every kill: all acknowledged present once (%,d at the end); %,d unacknowledged present "
                        + "whole; no batch half-present; db check ok (%d s)", found.acknowledgedPresent(),
                        found.unacknowledgedPresent(), seconds));
    }

    /**
     * The moment of a kill, the test's input: after a random number of further 201 answers (at least
     * one), so that serve is killed while the load is running, at a point chosen by its own progress.
     */
    static int killAfter(Random random) {
        return 1 + random.nextInt(KILL_AFTER_AT_MOST);
    }

    /** Waits (at most three minutes: the machine may be loaded) until the load got {@code count} 201 answers in all. */
    static void awaitCreated(HttpLoad load, long count, String context, ServeProcess serve) {
        try {
            await(context + ": " + count + " answers 201").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(10))
                    .failFast(context + ": serve ended", () -> assertTrue(serve.process().isAlive(), serve::output))
                    .until(() -> load.created() >= count);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(context + ": no 201 within three minutes; answers " + load.answers() + "\n" + serve.output(), e);
        }
    }
}
