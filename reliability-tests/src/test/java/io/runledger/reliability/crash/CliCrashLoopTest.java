package io.runledger.reliability.crash;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.reliability.Figures;
import io.runledger.reliability.Scale;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code audit append --print-ids} killed with SIGKILL at random moments, again and again on the same
 * store: after every kill {@code db check} passes, the store exports, every acknowledged event is
 * there once and exactly as sent, and whatever else is there was sent and is whole.
 */
class CliCrashLoopTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(CrashBackend.class)
    void everyAcknowledgedEventSurvivesSigkillOfAuditAppend(CrashBackend backend) throws InterruptedException {
        int kills = Scale.current().pick(2, 50);
        long seed = Long.getLong("runledger.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> store = CrashBackend.patient(dir, backend.freshStore(dir));
        SentLedger ledger = new SentLedger();
        EventSource events = new EventSource("cli-" + backend.id());
        StoreReader reader = new StoreReader(dir, store);
        long started = System.nanoTime();
        Found found = new Found(0, 0);
        long earlyKills = 0;
        for (int kill = 1; kill <= kills; kill++) {
            String context = backend.id() + " kill " + kill + " of " + kills + " (seed " + seed + ")";
            AppendChild child = AppendChild.start(dir, store, ledger, events, random.nextLong());
            try {
                // One kill in five lands anywhere from JVM start-up on (opening the store included); the
                // rest land while batches are being written.
                if (random.nextInt(5) == 0) {
                    earlyKills++;
                    Thread.sleep(random.nextInt(2500));
                } else {
                    assertTrue(child.awaitFirstAcknowledgement(180), context + ": nothing acknowledged in three "
                            + "minutes\n" + child.errorOutput());
                    Thread.sleep(random.nextInt(1500));
                }
                assertTrue(child.alive(), context + ": audit append ended before it was killed\n" + child.errorOutput());
            } finally {
                child.kill();
            }
            found = CrashVerdict.judge(ledger, reader.checkAndExport(context), context);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        Figures.record("crash", "CLI `audit append --print-ids`, " + backend.id(),
                "SIGKILL of runledger (" + earlyKills + " during start-up)", kills,
                String.format("%,d of %,d sent", ledger.acknowledgedCount(), ledger.sentCount()),
                String.format("after every kill: all acknowledged present once (%,d at the end); %,d unacknowledged "
                        + "present whole; no unknown or altered event; db check ok (%d s)",
                        found.acknowledgedPresent(), found.unacknowledgedPresent(), seconds));
    }
}
