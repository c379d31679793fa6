package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.at;
import static io.runledger.storage.tck.Records.json;
import static io.runledger.storage.tck.Records.run;
import static io.runledger.storage.tck.Records.runId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Label;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.WriteOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@link Runs} port: idempotent create, exact round trip, ordered filtered listing, compare-and-set update. */
public abstract class RunsContract extends StoreContract {
    private Runs runs() {
        return store().runs();
    }

    private List<String> listIds(RunFilter filter) {
        return runs().list(filter, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(r -> r.runId().value()).toList();
    }

    @Test
    void aCreatedRunIsFoundWithEveryFieldExactlyAsWritten() {
        Run rich = Records.richRun("run-rich");
        Run plain = run("run-plain");
        assertEquals(WriteOutcome.CREATED, runs().create(rich));
        assertEquals(WriteOutcome.CREATED, runs().create(plain));

        assertEquals(Optional.of(rich), runs().find(rich.runId()));
        assertEquals(Optional.of(plain), runs().find(plain.runId()), "absent optional fields stay absent");
        assertEquals(rich.args().text(), runs().find(rich.runId()).orElseThrow().args().text(),
                "args keep their canonical text byte for byte");
    }

    @Test
    void timestampsAtTheEdgesOfTheFormatRoundTripToTheMicrosecond() {
        Instant first = Instant.parse("0000-01-01T00:00:00.000001Z");
        Instant last = Instant.parse("9999-12-31T23:59:59.999999Z");
        Run early = run("run-early").withStatus(RunStatus.SUCCEEDED, Optional.of(last));
        Run edge = new Run(early.runId(), first, early.args(), early.gitSha(), early.configHash(),
                early.status(), early.finishedAt(), early.labels());
        runs().create(edge);

        assertEquals(Optional.of(edge), runs().find(edge.runId()), "FORMAT.md allows years 0000 to 9999");
    }

    @Test
    void anUnknownRunIsNotFound() {
        runs().create(run("run-1"));
        assertEquals(Optional.empty(), runs().find(runId("run-2")));
        assertEquals(Optional.empty(), runs().find(runId("RUN-1")), "ids are case-sensitive");
    }

    @Test
    void creatingTheIdenticalRunTwiceIsAlreadyPresentAndStoresOneRecord() {
        Run rich = Records.richRun("run-1");
        assertEquals(WriteOutcome.CREATED, runs().create(rich));
        assertEquals(WriteOutcome.ALREADY_PRESENT, runs().create(rich));
        assertEquals(List.of("run-1"), listIds(RunFilter.ALL));
        assertEquals(Optional.of(rich), runs().find(rich.runId()));
    }

    @Test
    void anotherRunWithTheSameIdIsADuplicateAndTheStoredRunIsUnchanged() {
        Run stored = Records.richRun("run-1");
        runs().create(stored);
        List<Run> others = List.of(
                new Run(stored.runId(), stored.createdAt(), json("{\"other\":1}"), stored.gitSha(), stored.configHash(),
                        stored.status(), stored.finishedAt(), stored.labels()),
                new Run(stored.runId(), at(5), stored.args(), stored.gitSha(), stored.configHash(),
                        stored.status(), stored.finishedAt(), stored.labels()),
                new Run(stored.runId(), stored.createdAt(), stored.args(), Optional.empty(), stored.configHash(),
                        stored.status(), stored.finishedAt(), stored.labels()),
                new Run(stored.runId(), stored.createdAt(), stored.args(), stored.gitSha(), Optional.empty(),
                        stored.status(), stored.finishedAt(), stored.labels()),
                stored.withStatus(RunStatus.FAILED, stored.finishedAt()),
                stored.withStatus(stored.status(), Optional.of(at(9, 1))),
                stored.withLabels(Map.of("env", "ci")));
        for (Run other : others) {
            Reasons.assertFailsWith(ReasonCode.DUPLICATE_ID, () -> runs().create(other));
        }
        assertEquals(Optional.of(stored), runs().find(stored.runId()));
        assertEquals(List.of("run-1"), listIds(RunFilter.ALL));
    }

    @Test
    void runsAreListedInRunIdByteOrder() {
        List<String> ids = List.of("r_1", "ra", "r1", "r:1", "rA", "r.1", "r-1", "r10", "r2", "R0");
        ids.forEach(id -> runs().create(run(id)));
        assertEquals(List.of("R0", "r-1", "r.1", "r1", "r10", "r2", "r:1", "rA", "r_1", "ra"), listIds(RunFilter.ALL));
    }

    @Test
    void listingFiltersByStatusByLabelAndByBoth() {
        runs().create(run("r1", RunStatus.RUNNING, Map.of("env", "ci")));
        runs().create(run("r2", RunStatus.SUCCEEDED, Map.of("env", "ci", "team", "a")));
        runs().create(run("r3", RunStatus.SUCCEEDED, Map.of("env", "prod")));
        runs().create(run("r4", RunStatus.FAILED, Map.of()));
        runs().create(run("r5", RunStatus.SUCCEEDED, Map.of("team", "ci")));

        assertEquals(List.of("r2", "r3", "r5"), listIds(new RunFilter(Optional.of(RunStatus.SUCCEEDED), Optional.empty())));
        assertEquals(List.of("r1", "r2"), listIds(new RunFilter(Optional.empty(), Optional.of(new Label("env", "ci")))));
        assertEquals(List.of("r2"), listIds(new RunFilter(Optional.of(RunStatus.SUCCEEDED), Optional.of(new Label("env", "ci")))));
        assertEquals(List.of(), listIds(new RunFilter(Optional.of(RunStatus.CANCELLED), Optional.empty())));
        assertEquals(List.of(), listIds(new RunFilter(Optional.empty(), Optional.of(new Label("env", "c")))),
                "a label matches on its whole value");
    }

    @Test
    void updateWithTheExpectedStatusChangesStatusFinishTimeAndLabels() {
        Run stored = run("run-1", RunStatus.RUNNING, Map.of("env", "ci"));
        runs().create(stored);
        Run next = stored.withStatus(RunStatus.SUCCEEDED, Optional.of(at(30, 7))).withLabels(Map.of("env", "prod", "new", "1"));

        runs().update(next, RunStatus.RUNNING);

        assertEquals(Optional.of(next), runs().find(stored.runId()));
    }

    @Test
    void updateKeepsTheRunsCreationTimeArgsAndProvenance() {
        Run stored = Records.richRun("run-1").withStatus(RunStatus.RUNNING, Optional.empty());
        runs().create(stored);
        Run next = new Run(stored.runId(), at(99), json("{\"x\":2}"), Optional.empty(), Optional.empty(),
                RunStatus.CANCELLED, Optional.of(at(100)), Map.of());

        runs().update(next, RunStatus.RUNNING);

        assertEquals(Optional.of(stored.withStatus(RunStatus.CANCELLED, Optional.of(at(100))).withLabels(Map.of())),
                runs().find(stored.runId()));
    }

    @Test
    void updateWithAStaleExpectedStatusIsAnInvalidTransitionAndChangesNothing() {
        Run stored = run("run-1", RunStatus.FAILED, Map.of("env", "ci"));
        runs().create(stored);
        Run next = stored.withStatus(RunStatus.SUCCEEDED, Optional.of(at(70))).withLabels(Map.of());

        Reasons.assertFailsWith(ReasonCode.INVALID_STATUS_TRANSITION, () -> runs().update(next, RunStatus.RUNNING));

        assertEquals(Optional.of(stored), runs().find(stored.runId()));
    }

    @Test
    void updateOfAnUnknownRunIsRunNotFoundAndCreatesNothing() {
        RunId missing = runId("run-missing");
        Reasons.assertFailsWith(ReasonCode.RUN_NOT_FOUND,
                () -> runs().update(run(missing.value()).withStatus(RunStatus.FAILED, Optional.of(at(1))), RunStatus.RUNNING));
        assertEquals(Optional.empty(), runs().find(missing));
        assertTrue(listIds(RunFilter.ALL).isEmpty());
    }
}
