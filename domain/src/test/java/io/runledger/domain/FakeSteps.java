package io.runledger.domain;

import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.Steps;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.WriteOutcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Steps port in memory, following its contract, for the runs named in {@code runs}. */
final class FakeSteps implements Steps {
    final Set<RunId> runs;
    final Map<List<String>, Step> stored = new HashMap<>();

    FakeSteps(Set<RunId> runs) {
        this.runs = runs;
    }

    @Override
    public WriteOutcome create(Step step) {
        if (!runs.contains(step.runId())) {
            throw new StoreException(ReasonCode.RUN_NOT_FOUND, "no run " + step.runId());
        }
        Step existing = stored.putIfAbsent(key(step.runId(), step.stepId()), step);
        if (existing == null) {
            return WriteOutcome.CREATED;
        }
        if (existing.equals(step)) {
            return WriteOutcome.ALREADY_PRESENT;
        }
        throw new StoreException(ReasonCode.DUPLICATE_ID, "step " + step.stepId() + " exists");
    }

    @Override
    public Optional<Step> find(RunId runId, StepId stepId) {
        return Optional.ofNullable(stored.get(key(runId, stepId)));
    }

    @Override
    public Page<Step> list(RunId runId, PageRequest page) {
        return new Page<>(stored.values().stream().filter(s -> s.runId().equals(runId)).sorted(
                (a, b) -> a.stepId().compareTo(b.stepId())).toList(), Optional.empty());
    }

    @Override
    public void update(Step next, StepStatus expected) {
        Step current = find(next.runId(), next.stepId()).orElseThrow(
                () -> new StoreException(ReasonCode.STEP_NOT_FOUND, "no step " + next.stepId()));
        if (current.status() != expected) {
            throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION, "changed meanwhile");
        }
        stored.put(key(next.runId(), next.stepId()), next);
    }

    private static List<String> key(RunId runId, StepId stepId) {
        return List.of(runId.value(), stepId.value());
    }
}
