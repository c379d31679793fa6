package io.runledger.domain;

import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.Steps;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Adding steps to runs and moving them through their status machine. */
public final class StepRecorder {
    private final Steps steps;
    private final IdGenerator ids;
    private final Clock clock;

    public StepRecorder(Steps steps, IdGenerator ids, Clock clock) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds a pending step with empty stats to an existing run ({@link ReasonCode#RUN_NOT_FOUND}
     * otherwise). Retry-safe by client-supplied id: the same name returns the stored step as it is
     * now; another name raises {@link ReasonCode#DUPLICATE_ID}.
     */
    public Step add(RunId runId, Optional<String> stepId, String name) {
        Objects.requireNonNull(name, "name");
        StepId id = stepId.map(StepId::new).orElseGet(ids::nextStepId);
        if (stepId.isPresent()) {
            Optional<Step> existing = steps.find(runId, id);
            if (existing.isPresent()) {
                return sameOrDuplicate(existing.get(), name);
            }
        }
        Step step = new Step(runId, id, name, StepStatus.PENDING, Optional.empty(), Optional.empty(),
                CanonicalJson.EMPTY_OBJECT);
        try {
            steps.create(step);
            return step;
        } catch (StoreException e) {
            // a retry raced its first attempt, which may have moved on since: compare by name only
            if (e.reason() != ReasonCode.DUPLICATE_ID || stepId.isEmpty()) {
                throw e;
            }
            return sameOrDuplicate(steps.find(runId, id).orElseThrow(() -> e), name);
        }
    }

    /**
     * Starts a step: adds it as {@link #add} does (pending, retry-safe by its id and name), then moves it
     * to running with {@code started_at} now. A step that is already running is returned unchanged, so
     * repeating a start is safe; a step already finished raises {@link ReasonCode#INVALID_STATUS_TRANSITION}.
     */
    public Step start(RunId runId, StepId stepId, String name) {
        Step step = add(runId, Optional.of(stepId.value()), name);
        if (step.status() == StepStatus.RUNNING) {
            return step;
        }
        try {
            return transition(runId, stepId, StepStatus.RUNNING, Optional.empty());
        } catch (StoreException e) {
            // a repeat of this start raced it: the step is running now, which is what was asked
            Optional<Step> now = e.reason() == ReasonCode.INVALID_STATUS_TRANSITION ? find(runId, stepId) : Optional.empty();
            if (now.isPresent() && now.get().status() == StepStatus.RUNNING && step.status() == StepStatus.PENDING) {
                return now.get();
            }
            throw e;
        }
    }

    /**
     * Moves a step to another status: running sets {@code started_at}, succeeded, failed and skipped
     * set {@code finished_at}, both to now; {@code stats}, when given, replace the stored stats.
     * Raises {@link ReasonCode#STEP_NOT_FOUND} and {@link ReasonCode#INVALID_STATUS_TRANSITION}
     * (also when another writer changed the step meanwhile).
     */
    public Step transition(RunId runId, StepId stepId, StepStatus to, Optional<CanonicalJson> stats) {
        Step current = get(runId, stepId);
        StepTransitions.require(stepId, current.status(), to);
        Instant now = Timestamps.now(clock);
        Optional<Instant> startedAt = to == StepStatus.RUNNING ? Optional.of(now) : current.startedAt();
        Optional<Instant> finishedAt = StepTransitions.terminal(to) ? Optional.of(now) : current.finishedAt();
        Step next = current.with(to, startedAt, finishedAt, stats.orElse(current.stats()));
        steps.update(next, current.status());
        return next;
    }

    /** The step with these ids, if there is one. */
    public Optional<Step> find(RunId runId, StepId stepId) {
        return steps.find(runId, stepId);
    }

    /** The step with these ids; raises {@link ReasonCode#STEP_NOT_FOUND} if there is none. */
    public Step get(RunId runId, StepId stepId) {
        return steps.find(runId, stepId).orElseThrow(() -> new StoreException(ReasonCode.STEP_NOT_FOUND,
                "step " + stepId + " of run " + runId + " not found"));
    }

    /** The steps of a run in {@code step_id} order, one page at a time. */
    public Page<Step> list(RunId runId, PageRequest page) {
        return steps.list(runId, page);
    }

    private static Step sameOrDuplicate(Step stored, String name) {
        if (!stored.name().equals(name)) {
            throw new StoreException(ReasonCode.DUPLICATE_ID,
                    "step " + stored.stepId() + " of run " + stored.runId() + " already exists with another name");
        }
        return stored;
    }
}
