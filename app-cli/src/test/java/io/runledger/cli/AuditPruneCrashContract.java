package io.runledger.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.domain.transfer.AuditPruning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A prune killed with SIGKILL at each step loses nothing: a child JVM runs {@code audit prune} with a
 * test-only crash point armed, reports that it waits there, and is killed; afterwards every selected
 * event is still in the store or in a verified archive, and running the prune again completes it.
 */
@LaunchesPackagedCli
abstract class AuditPruneCrashContract extends AuditPruneBase {
    private static final Duration CHILD_DEADLINE = Duration.ofMinutes(2);

    @ParameterizedTest
    @ValueSource(strings = {AuditPruning.ARCHIVE_WRITTEN, AuditPruning.ARCHIVE_VERIFIED, AuditPruning.INSIDE_DELETE})
    void aPruneKilledAtEachStepLosesNothingAndARerunCompletesIt(String point) throws Exception {
        String location = storeWithHistory();
        Path archive = dir.resolve("archive.jsonl");
        Path marker = dir.resolve(point + ".reached");
        Path log = dir.resolve("child.log");
        Process child = ChildCli.start(dir, log, List.of("-Drunledger.test.crash-point=" + point,
                "-Drunledger.test.crash-point.marker=" + marker), args(location, "audit", "prune", "--before", BEFORE,
                "--archive", archive.toString()));
        try {
            await("the child reaches " + point).atMost(CHILD_DEADLINE).pollInterval(Duration.ofMillis(20))
                    .failFast("the child ended before " + point, () -> assertTrue(child.isAlive(), ChildCli.output(log)))
                    .until(() -> Files.exists(marker));
            assertTrue(Files.readString(marker).startsWith("pid " + child.pid() + " at " + point), Files.readString(marker));
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        assertEquals(ALL, events(location), "the store lost nothing: the delete had not committed");
        if (point.equals(AuditPruning.ARCHIVE_WRITTEN)) {
            assertFalse(Files.exists(archive), "an unverified archive never gets its name");
        } else {
            String copy = backend.freshLocation();
            ok(on(copy, "store", "import", "--in", archive.toString()));
            assertEquals(PRUNED, events(copy), "the published archive verifies and holds the selected events");
        }

        Path again = dir.resolve("again.jsonl");
        ok(on(location, "audit", "prune", "--before", BEFORE, "--archive", again.toString()));
        assertEquals(List.of("e2", "e3", "e4", "e5"), events(location));
        ok(on(location, "audit", "verify"));
    }
}
