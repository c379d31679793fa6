package io.runledger.storage.sql.ports;

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
import io.runledger.storage.sql.jdbc.Pages;
import io.runledger.storage.sql.jdbc.StepRows;
import java.util.List;
import java.util.Optional;

/**
 * {@link Steps} over the {@code run_steps} table, in plain JDBC through the row mapping
 * ({@link StepRows}): a recorder command or a server that only records steps builds no ORM.
 */
public final class SqlSteps implements Steps {
    private final SqlSessions sessions;

    public SqlSteps(SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public WriteOutcome create(Step step) {
        String what = "step " + step.stepId() + " of run " + step.runId();
        return sessions.write("create " + what, connection -> {
            Optional<Step> existing = StepRows.find(connection, step.runId(), step.stepId());
            if (existing.isPresent()) {
                if (existing.get().equals(step)) {
                    return WriteOutcome.ALREADY_PRESENT;
                }
                throw new StoreException(ReasonCode.DUPLICATE_ID, what + " already exists with other content");
            }
            if (ExistingRows.runIds(connection, List.of(step.runId().value())).isEmpty()) {
                throw new StoreException(ReasonCode.RUN_NOT_FOUND, "run " + step.runId() + " does not exist");
            }
            StepRows.insert(connection, step);
            return WriteOutcome.CREATED;
        });
    }

    @Override
    public Optional<Step> find(RunId runId, StepId stepId) {
        return sessions.readStatement("read step " + stepId + " of run " + runId,
                connection -> StepRows.find(connection, runId, stepId));
    }

    @Override
    public Page<Step> list(RunId runId, PageRequest page) {
        return sessions.readStatement("list steps of run " + runId, connection -> Pages.of(
                StepRows.page(connection, sessions.order(), runId, page), page, s -> s.stepId().value()));
    }

    @Override
    public void update(Step next, StepStatus expected) {
        String what = "step " + next.stepId() + " of run " + next.runId();
        sessions.write("update " + what, connection -> {
            if (!StepRows.update(connection, next, expected)) {
                Step stored = StepRows.find(connection, next.runId(), next.stepId()).orElseThrow(() -> new StoreException(
                        ReasonCode.STEP_NOT_FOUND, what + " does not exist"));
                throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION, what + " is " + stored.status()
                        + ", not " + expected + "; another writer changed it meanwhile");
            }
            return null;
        });
    }
}
