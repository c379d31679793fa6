package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.at;
import static io.runledger.storage.tck.Records.json;
import static io.runledger.storage.tck.Records.run;
import static io.runledger.storage.tck.Records.runId;
import static io.runledger.storage.tck.Records.step;
import static io.runledger.storage.tck.Records.stepId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.Steps;
import io.runledger.storage.api.WriteOutcome;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The {@link Steps} port: steps belong to an existing run, creates are idempotent, listing is per
 * run in step id order, and update is a compare-and-set on the status. Which transitions are
 * allowed is the domain's business, not the port's.
 */
public abstract class StepsContract extends StoreContract {
    private Steps steps() {
        return store().steps();
    }

    private List<String> listIds(String runId) {
        return steps().list(runId(runId), PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(s -> s.stepId().value()).toList();
    }

    @Test
    void aCreatedStepIsFoundWithEveryFieldExactlyAsWritten() {
        store().runs().create(run("run-1"));
        Step rich = Records.richStep("run-1", "s-rich");
        Step plain = step("run-1", "s-plain");
        assertEquals(WriteOutcome.CREATED, steps().create(rich));
        assertEquals(WriteOutcome.CREATED, steps().create(plain));

        assertEquals(Optional.of(rich), steps().find(rich.runId(), rich.stepId()));
        assertEquals(Optional.of(plain), steps().find(plain.runId(), plain.stepId()));
        assertEquals(Optional.empty(), steps().find(runId("run-1"), stepId("s-other")));
    }

    @Test
    void aStepOfAMissingRunIsRunNotFoundAndNothingIsStored() {
        store().runs().create(run("run-1"));
        Reasons.assertFailsWith(ReasonCode.RUN_NOT_FOUND, () -> steps().create(step("run-2", "s1")));
        assertEquals(Optional.empty(), steps().find(runId("run-2"), stepId("s1")));
        assertEquals(List.of(), listIds("run-2"));
        assertEquals(Optional.empty(), store().runs().find(runId("run-2")), "no run is made up for the step");
    }

    @Test
    void creatingTheIdenticalStepTwiceIsAlreadyPresentAndStoresOneRecord() {
        store().runs().create(run("run-1"));
        Step rich = Records.richStep("run-1", "s1");
        assertEquals(WriteOutcome.CREATED, steps().create(rich));
        assertEquals(WriteOutcome.ALREADY_PRESENT, steps().create(rich));
        assertEquals(List.of("s1"), listIds("run-1"));
    }

    @Test
    void anotherStepWithTheSameIdsIsADuplicateAndTheStoredStepIsUnchanged() {
        store().runs().create(run("run-1"));
        Step stored = Records.richStep("run-1", "s1");
        steps().create(stored);
        List<Step> others = List.of(
                new Step(stored.runId(), stored.stepId(), "other name", stored.status(), stored.startedAt(),
                        stored.finishedAt(), stored.stats()),
                stored.with(StepStatus.SUCCEEDED, stored.startedAt(), stored.finishedAt(), stored.stats()),
                stored.with(stored.status(), Optional.empty(), stored.finishedAt(), stored.stats()),
                stored.with(stored.status(), stored.startedAt(), Optional.of(at(2, 2)), stored.stats()),
                stored.with(stored.status(), stored.startedAt(), stored.finishedAt(), json("{\"rows\":1}")));
        for (Step other : others) {
            Reasons.assertFailsWith(ReasonCode.DUPLICATE_ID, () -> steps().create(other));
        }
        assertEquals(Optional.of(stored), steps().find(stored.runId(), stored.stepId()));
        assertEquals(List.of("s1"), listIds("run-1"));
    }

    @Test
    void stepIdsAreUniqueWithinARunOnly() {
        store().runs().create(run("run-1"));
        store().runs().create(run("run-2"));
        Step first = step("run-1", "build");
        Step second = Records.richStep("run-2", "build");
        assertEquals(WriteOutcome.CREATED, steps().create(first));
        assertEquals(WriteOutcome.CREATED, steps().create(second));
        assertEquals(Optional.of(first), steps().find(runId("run-1"), stepId("build")));
        assertEquals(Optional.of(second), steps().find(runId("run-2"), stepId("build")));
    }

    @Test
    void stepsAreListedPerRunInStepIdByteOrder() {
        store().runs().create(run("run-1"));
        store().runs().create(run("run-2"));
        List.of("s_1", "sa", "s1", "s:1", "sA", "s.1", "s-1", "s10", "s2").forEach(id -> steps().create(step("run-1", id)));
        steps().create(step("run-2", "s0"));
        assertEquals(List.of("s-1", "s.1", "s1", "s10", "s2", "s:1", "sA", "s_1", "sa"), listIds("run-1"));
        assertEquals(List.of("s0"), listIds("run-2"));
        assertEquals(List.of(), listIds("run-3"), "an unknown run has no steps");
    }

    @Test
    void updateWithTheExpectedStatusReplacesStatusTimesAndStats() {
        store().runs().create(run("run-1"));
        Step stored = step("run-1", "s1");
        steps().create(stored);
        Step running = stored.with(StepStatus.RUNNING, Optional.of(at(1, 1)), Optional.empty(), json("{\"phase\":\"a\"}"));
        steps().update(running, StepStatus.PENDING);
        assertEquals(Optional.of(running), steps().find(stored.runId(), stored.stepId()));

        Step done = running.with(StepStatus.SUCCEEDED, running.startedAt(), Optional.of(at(2, 2)), Records.AWKWARD_JSON);
        steps().update(done, StepStatus.RUNNING);
        assertEquals(Optional.of(done), steps().find(stored.runId(), stored.stepId()));
    }

    @Test
    void updateKeepsTheStepsName() {
        store().runs().create(run("run-1"));
        Step stored = step("run-1", "s1");
        steps().create(stored);
        Step renamed = new Step(stored.runId(), stored.stepId(), "renamed", StepStatus.SKIPPED, Optional.empty(),
                Optional.of(at(3)), stored.stats());
        steps().update(renamed, StepStatus.PENDING);
        assertEquals(Optional.of(stored.with(StepStatus.SKIPPED, Optional.empty(), Optional.of(at(3)), stored.stats())),
                steps().find(stored.runId(), stored.stepId()));
    }

    @Test
    void updateOnlyComparesAndSetsLeavingTheStatusMachineToTheDomain() {
        store().runs().create(run("run-1"));
        Step stored = step("run-1", "s1");
        steps().create(stored);
        Step jumped = stored.with(StepStatus.SUCCEEDED, Optional.empty(), Optional.of(at(4)), stored.stats());
        steps().update(jumped, StepStatus.PENDING);
        assertEquals(Optional.of(jumped), steps().find(stored.runId(), stored.stepId()));
    }

    @Test
    void updateWithAStaleExpectedStatusIsAnInvalidTransitionAndChangesNothing() {
        store().runs().create(run("run-1"));
        Step stored = step("run-1", "s1").with(StepStatus.RUNNING, Optional.of(at(1)), Optional.empty(), json("{}"));
        steps().create(stored);
        Step next = stored.with(StepStatus.SKIPPED, Optional.empty(), Optional.of(at(2)), json("{\"why\":\"late\"}"));

        Reasons.assertFailsWith(ReasonCode.INVALID_STATUS_TRANSITION, () -> steps().update(next, StepStatus.PENDING));

        assertEquals(Optional.of(stored), steps().find(stored.runId(), stored.stepId()));
    }

    @Test
    void updateOfAnUnknownStepIsStepNotFoundAndCreatesNothing() {
        store().runs().create(run("run-1"));
        Step missing = step("run-1", "s-missing").with(StepStatus.RUNNING, Optional.of(at(1)), Optional.empty(), json("{}"));
        Reasons.assertFailsWith(ReasonCode.STEP_NOT_FOUND, () -> steps().update(missing, StepStatus.PENDING));
        Step ofMissingRun = step("run-2", "s1").with(StepStatus.RUNNING, Optional.of(at(1)), Optional.empty(), json("{}"));
        Reasons.assertFailsWith(ReasonCode.STEP_NOT_FOUND, () -> steps().update(ofMissingRun, StepStatus.PENDING));
        assertEquals(List.of(), listIds("run-1"));
        assertEquals(List.of(), listIds("run-2"));
    }
}
