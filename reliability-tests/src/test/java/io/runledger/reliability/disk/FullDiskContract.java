package io.runledger.reliability.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.reliability.ChildRunledger;
import io.runledger.reliability.Figures;
import io.runledger.reliability.ServeProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on a disk that fills up (S2, issue [H]): writes are refused with {@code storage_full} (CLI
 * exit 11, HTTP 507 problem+json), reads keep working, every acknowledged event stays, nothing
 * unacknowledged appears, and writes succeed again once space returns, in the same serve process.
 * Each backend supplies its store with a short subclass.
 */
abstract class FullDiskContract {
    private static final String[] APPEND = {"audit", "append", "--print-ids", "--batch", "20"};
    /** Events offered to the full disk: about 4.4 MB, more than either kind of disk has room for. */
    private static final int OFFERED = 4000;

    @TempDir
    Path dir;

    /** This backend's store on {@code disk}. */
    abstract DiskStore storeOn(Disk disk);

    @Test
    void auditAppendOnAFullDiskIsStorageFullAndKeepsEveryAcknowledgedEvent() {
        try (Disk disk = Disk.at(dir.resolve("disk")); DiskStore store = storeOn(disk)) {
            DiskChild cli = new DiskChild(disk, dir, store.globalOptions());
            DiskEvents events = new DiskEvents("cli");
            ReadBack readBack = new ReadBack(cli);
            assertExit(0, cli.write("", "db", "migrate"));
            List<String> acknowledged = new ArrayList<>(printedIds(0, cli.write(events.lines(50), APPEND)));
            int before = acknowledged.size();

            disk.fill();
            ChildRunledger.Result refused = cli.write(events.lines(OFFERED), APPEND);
            List<String> whileFilling = printedIds(11, refused);
            acknowledged.addAll(whileFilling);

            assertTrue(refused.stderr().contains("(reason: storage_full)"), refused.output());
            assertTrue(whileFilling.size() < OFFERED, "the disk never filled up: " + whileFilling.size() + " events stored");
            store.assertFilesClean();
            readBack.assertHoldsExactly(acknowledged, "with the disk still full");

            disk.release();
            List<String> after = printedIds(0, cli.write(events.lines(50), APPEND));
            acknowledged.addAll(after);
            readBack.assertHoldsExactly(acknowledged, "after space returned");

            Figures.record("disk", "audit append on a full disk, " + store.backend(), disk.injected(), 1,
                    acknowledged.size() + " events (" + before + " before, " + whileFilling.size() + " while filling, "
                            + after.size() + " after space returned)",
                    acknowledged.size() + " of " + acknowledged.size() + ", none unacknowledged; exit 11 storage_full; "
                            + "db check ok (full and after); writes ok again");
        }
    }

    @Test
    void serveAnswers507OnAFullDiskAndTheSameProcessRecovers() {
        try (Disk disk = Disk.at(dir.resolve("disk")); DiskStore store = storeOn(disk)) {
            DiskChild cli = new DiskChild(disk, dir, store.globalOptions());
            DiskEvents events = new DiskEvents("http");
            assertExit(0, cli.write("", "db", "migrate"));
            List<String> acknowledged = new ArrayList<>();
            FullDiskServer.Outcome outcome;
            try (ServeProcess serve = ServeProcess.start(dir, Map.of(), store.globalOptions(), dir.resolve("serve.log"))) {
                disk.follow(serve.process());
                outcome = new FullDiskServer(disk, new AuditHttp(serve.baseUri()), events, acknowledged).run();
                serve.stop();
            }
            store.assertFilesClean();
            new ReadBack(cli).assertHoldsExactly(acknowledged, "after serve stopped");

            Figures.record("disk", "POST /v1/audit on a full disk, " + store.backend(), disk.injected(),
                    outcome.refusals(), acknowledged.size() + " events in " + outcome.created() + " 201s ("
                            + outcome.createdAfter() + " after space returned, same process)",
                    acknowledged.size() + " of " + acknowledged.size() + ", none unacknowledged; 507 storage_full; "
                            + "GET /v1/audit 200 while full; db check ok");
        }
    }

    /** The event ids a finished {@code audit append --print-ids} printed, after checking its exit code. */
    private static List<String> printedIds(int exit, ChildRunledger.Result result) {
        assertExit(exit, result);
        return result.stdout().lines().filter(line -> !line.isBlank()).toList();
    }

    static void assertExit(int exit, ChildRunledger.Result result) {
        assertEquals(exit, result.exitCode(), result.output());
    }
}
