package io.runledger.storage.sql;

import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.WriteOutcome;
import io.runledger.storage.sql.entity.RunEntity;
import io.runledger.storage.sql.entity.RunLabelEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;

/** {@link Runs} over the {@code runs} and {@code run_labels} tables. */
final class SqlRuns implements Runs {
    private final SqlSessions sessions;

    SqlRuns(SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public WriteOutcome create(Run run) {
        return sessions.write("create run " + run.runId(), session -> {
            RunEntity existing = session.get(RunEntity.class, run.runId().value());
            if (existing != null) {
                if (Rows.run(existing, labels(session, run.runId().value())).equals(run)) {
                    return WriteOutcome.ALREADY_PRESENT;
                }
                throw new StoreException(ReasonCode.DUPLICATE_ID,
                        "run " + run.runId() + " already exists with other content");
            }
            session.insert(Rows.entity(run));
            Rows.labels(run).forEach(session::insert);
            return WriteOutcome.CREATED;
        });
    }

    @Override
    public Optional<Run> find(RunId runId) {
        return sessions.read("read run " + runId, session -> Optional
                .ofNullable(session.get(RunEntity.class, runId.value()))
                .map(row -> Rows.run(row, labels(session, row.runId()))));
    }

    @Override
    public Page<Run> list(RunFilter filter, PageRequest page) {
        return sessions.read("list runs", session -> {
            List<String> conditions = new ArrayList<>();
            page.after().ifPresent(a -> conditions.add(sessions.id("r.runId") + " > :after"));
            filter.status().ifPresent(s -> conditions.add("r.status = :status"));
            filter.label().ifPresent(l -> conditions.add("exists (select 1 from RunLabelEntity l"
                    + " where l.runId = r.runId and l.name = :labelName and l.value = :labelValue)"));
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            SelectionQuery<RunEntity> query = session
                    .createSelectionQuery("from RunEntity r" + where + " order by " + sessions.id("r.runId"), RunEntity.class)
                    .setMaxResults(Pages.fetchSize(page));
            page.after().ifPresent(a -> query.setParameter("after", a));
            filter.status().ifPresent(s -> query.setParameter("status", s.wireName()));
            filter.label().ifPresent(l -> query.setParameter("labelName", l.name()).setParameter("labelValue", l.value()));
            List<RunEntity> rows = query.getResultList();
            Map<String, Map<String, String>> labels = labels(session, rows.stream().map(RunEntity::runId).toList());
            List<Run> runs = rows.stream()
                    .map(row -> Rows.run(row, labels.getOrDefault(row.runId(), Map.of())))
                    .toList();
            return Pages.of(runs, page, r -> r.runId().value());
        });
    }

    @Override
    public void update(Run next, RunStatus expected) {
        String runId = next.runId().value();
        sessions.write("update run " + runId, session -> {
            int changed = session.createMutationQuery("update RunEntity r set r.status = :status,"
                            + " r.finishedAt = :finishedAt where r.runId = :runId and r.status = :expected")
                    .setParameter("status", next.status().wireName())
                    .setParameter("finishedAt", next.finishedAt().orElse(null))
                    .setParameter("runId", runId)
                    .setParameter("expected", expected.wireName())
                    .executeUpdate();
            if (changed == 0) {
                RunEntity stored = session.get(RunEntity.class, runId);
                if (stored == null) {
                    throw new StoreException(ReasonCode.RUN_NOT_FOUND, "run " + runId + " does not exist");
                }
                throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION, "run " + runId + " is "
                        + stored.status() + ", not " + expected + "; another writer changed it meanwhile");
            }
            session.createMutationQuery("delete from RunLabelEntity l where l.runId = :runId")
                    .setParameter("runId", runId)
                    .executeUpdate();
            Rows.labels(next).forEach(session::insert);
            return null;
        });
    }

    static Map<String, String> labels(StatelessSession session, String runId) {
        return labels(session, List.of(runId)).getOrDefault(runId, Map.of());
    }

    private static Map<String, Map<String, String>> labels(StatelessSession session, List<String> runIds) {
        Map<String, Map<String, String>> byRun = new HashMap<>();
        if (runIds.isEmpty()) {
            return byRun;
        }
        session.createSelectionQuery("from RunLabelEntity l where l.runId in :runIds", RunLabelEntity.class)
                .setParameterList("runIds", runIds)
                .getResultList()
                .forEach(l -> byRun.computeIfAbsent(l.runId(), k -> new TreeMap<>()).put(l.name(), l.value()));
        return byRun;
    }
}
