package io.runledger.storage.sqlite;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.StoreSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Records and specs the SQLite tests share. */
final class Samples {
    static final Instant T0 = Instant.parse("2026-11-21T10:00:00.123456Z");
    static final SqliteStorageProvider PROVIDER = new SqliteStorageProvider();

    private Samples() {
    }

    static StoreSpec spec(Path file) {
        return StoreSpec.at(file.toString());
    }

    static StoreSpec spec(Path file, Map<String, String> options) {
        return new StoreSpec(file.toString(), options);
    }

    static Run run(String id) {
        return new Run(new RunId(id), T0, new CanonicalJson("{\"n\":1,\"name\":\"Zoë ✓\"}"), Optional.of("abc123"),
                Optional.empty(), RunStatus.RUNNING, Optional.empty(), Map.of());
    }

    static Step step(String runId, String stepId) {
        return new Step(new RunId(runId), new StepId(stepId), "build", StepStatus.PENDING, Optional.empty(),
                Optional.empty(), CanonicalJson.EMPTY_OBJECT);
    }

    static AuditEvent event(String eventId, Optional<String> runId, Instant ts) {
        return new AuditEvent(new EventId(eventId), ts, AuditLevel.INFO, runId.map(RunId::new), "cli", "run.created",
                "created", new CanonicalJson("{\"k\":\"välue 😀\"}"));
    }
}
