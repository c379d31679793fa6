package io.runledger.storage.sql;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.sql.entity.AuditEventEntity;
import io.runledger.storage.sql.entity.RunEntity;
import io.runledger.storage.sql.entity.RunLabelEntity;
import io.runledger.storage.sql.entity.StepEntity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Converts between the port's records and the table rows; enum values travel by wire name. */
final class Rows {
    private Rows() {
    }

    static RunEntity entity(Run run) {
        return new RunEntity(run.runId().value(), run.createdAt(), run.args().text(), run.gitSha().orElse(null),
                run.configHash().orElse(null), run.status().wireName(), run.finishedAt().orElse(null));
    }

    static List<RunLabelEntity> labels(Run run) {
        return run.labels().entrySet().stream()
                .map(e -> new RunLabelEntity(run.runId().value(), e.getKey(), e.getValue()))
                .toList();
    }

    static Run run(RunEntity row, Map<String, String> labels) {
        return new Run(new RunId(row.runId()), row.createdAt(), new CanonicalJson(row.args()),
                Optional.ofNullable(row.gitSha()), Optional.ofNullable(row.configHash()),
                wire(row.status(), RunStatus::fromWire, "run status"), Optional.ofNullable(row.finishedAt()), labels);
    }

    static StepEntity entity(Step step) {
        return new StepEntity(step.runId().value(), step.stepId().value(), step.name(), step.status().wireName(),
                step.startedAt().orElse(null), step.finishedAt().orElse(null), step.stats().text());
    }

    static Step step(StepEntity row) {
        return new Step(new RunId(row.runId()), new StepId(row.stepId()), row.name(),
                wire(row.status(), StepStatus::fromWire, "step status"), Optional.ofNullable(row.startedAt()),
                Optional.ofNullable(row.finishedAt()), new CanonicalJson(row.stats()));
    }

    static AuditEventEntity entity(AuditEvent event) {
        return new AuditEventEntity(event.eventId().value(), event.ts(), event.level().wireName(),
                event.runId().map(RunId::value).orElse(null), event.scope(), event.event(), event.message(),
                event.data().text());
    }

    static AuditEvent event(AuditEventEntity row) {
        return new AuditEvent(new EventId(row.eventId()), row.ts(), wire(row.level(), AuditLevel::fromWire, "audit level"),
                Optional.ofNullable(row.runId()).map(RunId::new), row.scope(), row.event(), row.message(),
                new CanonicalJson(row.data()));
    }

    static <E> E wire(String value, Function<String, Optional<E>> parse, String what) {
        return parse.apply(value).orElseThrow(() -> new StoreException(ReasonCode.STORE_CORRUPT,
                "the store holds an unknown " + what + " '" + value + "'"));
    }
}
