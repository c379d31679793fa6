package io.runledger.storage.json;

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
import io.runledger.storage.json.journal.JournalEntry;
import java.util.List;
import java.util.Optional;

/** {@link Steps} over the journaled ledger. */
final class JsonSteps implements Steps {
    private final JournaledLedger ledger;

    JsonSteps(JournaledLedger ledger) {
        this.ledger = ledger;
    }

    /** The create rule, shared with import: the run must exist; identical again is a no-op. */
    static Planned<WriteOutcome> planCreate(Ledger content, Step step) {
        ReadBack.require(step);
        if (content.run(step.runId().value()).isEmpty()) {
            throw new StoreException(ReasonCode.RUN_NOT_FOUND, "step " + step.stepId() + " names run " + step.runId()
                    + ", which does not exist");
        }
        Optional<Step> stored = content.step(step.runId().value(), step.stepId().value());
        if (stored.isEmpty()) {
            return Planned.write(new JournalEntry(JournalEntry.STEP_CREATE, List.of(step)), WriteOutcome.CREATED);
        }
        if (!stored.get().equals(step)) {
            throw new StoreException(ReasonCode.DUPLICATE_ID, "step " + step.stepId() + " of run " + step.runId()
                    + " already exists with other content");
        }
        return Planned.nothing(WriteOutcome.ALREADY_PRESENT);
    }

    @Override
    public WriteOutcome create(Step step) {
        return ledger.write("store step " + step.stepId(), content -> planCreate(content, step));
    }

    @Override
    public Optional<Step> find(RunId runId, StepId stepId) {
        return ledger.read(content -> content.step(runId.value(), stepId.value()));
    }

    @Override
    public Page<Step> list(RunId runId, PageRequest page) {
        return ledger.read(content -> Pages.of(content.steps(runId.value()), step -> true, page));
    }

    @Override
    public void update(Step next, StepStatus expected) {
        ledger.write("update step " + next.stepId(), content -> {
            Step stored = content.step(next.runId().value(), next.stepId().value()).orElseThrow(() ->
                    new StoreException(ReasonCode.STEP_NOT_FOUND, "no step " + next.stepId() + " in run " + next.runId()));
            if (stored.status() != expected) {
                throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION, "step " + next.stepId() + " is "
                        + stored.status() + ", not " + expected + " (another writer changed it)");
            }
            Step updated = ReadBack.require(stored.with(next.status(), next.startedAt(), next.finishedAt(), next.stats()));
            return updated.equals(stored) ? Planned.nothing(null)
                    : Planned.write(new JournalEntry(JournalEntry.STEP_UPDATE, List.of(updated)), null);
        });
    }
}
