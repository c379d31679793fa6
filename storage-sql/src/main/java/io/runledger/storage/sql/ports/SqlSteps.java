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
import io.runledger.storage.sql.entity.RunEntity;
import io.runledger.storage.sql.entity.StepEntity;
import io.runledger.storage.sql.entity.StepKey;
import io.runledger.storage.sql.jdbc.Pages;
import io.runledger.storage.sql.jdbc.StepRows;
import java.util.Optional;
import org.hibernate.query.SelectionQuery;

/** {@link Steps} over the {@code run_steps} table. */
public final class SqlSteps implements Steps {
    private final SqlSessions sessions;

    public SqlSteps(SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public WriteOutcome create(Step step) {
        String what = "step " + step.stepId() + " of run " + step.runId();
        return sessions.write("create " + what, session -> {
            StepEntity existing = session.get(StepEntity.class, key(step.runId(), step.stepId()));
            if (existing != null) {
                if (StepRows.step(existing).equals(step)) {
                    return WriteOutcome.ALREADY_PRESENT;
                }
                throw new StoreException(ReasonCode.DUPLICATE_ID, what + " already exists with other content");
            }
            if (session.get(RunEntity.class, step.runId().value()) == null) {
                throw new StoreException(ReasonCode.RUN_NOT_FOUND, "run " + step.runId() + " does not exist");
            }
            session.insert(StepRows.entity(step));
            return WriteOutcome.CREATED;
        });
    }

    @Override
    public Optional<Step> find(RunId runId, StepId stepId) {
        return sessions.read("read step " + stepId + " of run " + runId, session -> Optional
                .ofNullable(session.get(StepEntity.class, key(runId, stepId)))
                .map(StepRows::step));
    }

    @Override
    public Page<Step> list(RunId runId, PageRequest page) {
        return sessions.read("list steps of run " + runId, session -> {
            String after = page.after().isPresent()
                    ? " and " + sessions.id("s.stepId") + " > :after" : "";
            SelectionQuery<StepEntity> query = session
                    .createSelectionQuery("from StepEntity s where s.runId = :runId" + after
                                    + " order by " + sessions.id("s.stepId"),
                            StepEntity.class)
                    .setParameter("runId", runId.value())
                    .setMaxResults(Pages.fetchSize(page));
            page.after().ifPresent(a -> query.setParameter("after", a));
            return Pages.of(query.getResultList().stream().map(StepRows::step).toList(), page, s -> s.stepId().value());
        });
    }

    @Override
    public void update(Step next, StepStatus expected) {
        String what = "step " + next.stepId() + " of run " + next.runId();
        sessions.write("update " + what, session -> {
            int changed = session.createMutationQuery("update StepEntity s set s.status = :status,"
                            + " s.startedAt = :startedAt, s.finishedAt = :finishedAt, s.stats = :stats"
                            + " where s.runId = :runId and s.stepId = :stepId and s.status = :expected")
                    .setParameter("status", next.status().wireName())
                    .setParameter("startedAt", next.startedAt().orElse(null))
                    .setParameter("finishedAt", next.finishedAt().orElse(null))
                    .setParameter("stats", next.stats().text())
                    .setParameter("runId", next.runId().value())
                    .setParameter("stepId", next.stepId().value())
                    .setParameter("expected", expected.wireName())
                    .executeUpdate();
            if (changed == 0) {
                StepEntity stored = session.get(StepEntity.class, key(next.runId(), next.stepId()));
                if (stored == null) {
                    throw new StoreException(ReasonCode.STEP_NOT_FOUND, what + " does not exist");
                }
                throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION, what + " is " + stored.status()
                        + ", not " + expected + "; another writer changed it meanwhile");
            }
            return null;
        });
    }

    private static StepKey key(RunId runId, StepId stepId) {
        return new StepKey(runId.value(), stepId.value());
    }
}
