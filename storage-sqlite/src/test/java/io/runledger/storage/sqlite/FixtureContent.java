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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records inside the committed fixture stores (fixtures/v1-store.sqlite, v2-store.sqlite), as
 * they must read through the ports after an upgrade: runs made before V3 read as running, unlabelled.
 */
final class FixtureContent {
    static final List<Run> RUNS = List.of(
            new Run(new RunId("run-a"), at("2026-01-02T03:04:05.123456Z"), new CanonicalJson("{\"env\":\"ci\",\"n\":3}"),
                    Optional.of("0123456789abcdef0123456789abcdef01234567"),
                    Optional.of("a".repeat(64)), RunStatus.RUNNING, Optional.empty(), Map.of()),
            new Run(new RunId("run-b"), at("2026-01-02T03:04:06.000001Z"),
                    new CanonicalJson("{\"name\":\"Zoë — 日本語 😀\",\"nested\":{\"list\":[1,true,null]}}"),
                    Optional.empty(), Optional.empty(), RunStatus.RUNNING, Optional.empty(), Map.of()),
            new Run(new RunId("run-c"), at("1999-12-31T23:59:59.999999Z"), CanonicalJson.EMPTY_OBJECT,
                    Optional.empty(), Optional.empty(), RunStatus.RUNNING, Optional.empty(), Map.of()));

    static final List<Step> STEPS = List.of(
            new Step(new RunId("run-a"), new StepId("s1"), "checkout", StepStatus.SUCCEEDED,
                    Optional.of(at("2026-01-02T03:04:05.200000Z")), Optional.of(at("2026-01-02T03:04:05.300001Z")),
                    new CanonicalJson("{\"files\":12}")),
            new Step(new RunId("run-a"), new StepId("s2"), "build ✓", StepStatus.RUNNING,
                    Optional.of(at("2026-01-02T03:04:05.400000Z")), Optional.empty(), CanonicalJson.EMPTY_OBJECT),
            new Step(new RunId("run-b"), new StepId("s1"), "plan", StepStatus.PENDING,
                    Optional.empty(), Optional.empty(), CanonicalJson.EMPTY_OBJECT));

    static final List<AuditEvent> EVENTS = List.of(
            new AuditEvent(new EventId("evt-001"), at("2026-01-02T03:04:05.123457Z"), AuditLevel.INFO,
                    Optional.of(new RunId("run-a")), "runs", "run.created", "created run-a",
                    new CanonicalJson("{\"by\":\"ci\"}")),
            new AuditEvent(new EventId("evt-002"), at("2026-01-02T03:04:05.500000Z"), AuditLevel.WARN,
                    Optional.of(new RunId("run-a")), "steps", "step.slow", "s2 is slow: ünïcödé ✓",
                    new CanonicalJson("{\"emoji\":\"😀\",\"ms\":1500,\"text\":\"line\\nbreak \\\"quoted\\\"\"}")),
            new AuditEvent(new EventId("evt-003"), at("2026-01-02T03:04:06.000002Z"), AuditLevel.DEBUG,
                    Optional.of(new RunId("run-b")), "runs", "run.created", "created run-b", CanonicalJson.EMPTY_OBJECT),
            new AuditEvent(new EventId("evt-004"), at("2026-01-02T04:00:00.000000Z"), AuditLevel.ERROR,
                    Optional.empty(), "system", "disk.low", "no run: system event", new CanonicalJson("{\"free_mb\":12}")));

    private FixtureContent() {
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
