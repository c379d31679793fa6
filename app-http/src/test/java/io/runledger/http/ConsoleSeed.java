package io.runledger.http;

import io.runledger.domain.AuditTrail;
import io.runledger.domain.IdGenerator;
import io.runledger.domain.NewAuditEvent;
import io.runledger.domain.NewRun;
import io.runledger.domain.RunRecorder;
import io.runledger.domain.StepRecorder;
import io.runledger.format.json.Json;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data the console's browser tests look at, written through the domain's use cases with a clock
 * set back in time: {@value #RUNS} runs in every run status (two still running), and one running run,
 * {@link #DEMO_RUN}, whose steps are in every step status and which has audit events at four levels.
 */
final class ConsoleSeed {
    static final int RUNS = 27;
    static final String DEMO_RUN = "run-012";
    static final String IDLE_RUNNING_RUN = "run-020";
    /** The demo run's steps in step_id order with the status each is seeded in. */
    static final List<String> DEMO_STEPS = List.of("s01", "s02", "s03", "s04", "s05", "s06", "s07", "s08");
    static final List<String> DEMO_STATUSES =
            List.of("succeeded", "succeeded", "succeeded", "failed", "running", "skipped", "pending", "pending");
    static final int DEMO_EVENTS = 10;

    private final SettableClock clock;
    private final RunRecorder runs;
    private final StepRecorder steps;
    private final AuditTrail audit;
    private final Instant start;

    ConsoleSeed(Store store, Instant now) {
        this.start = now.minus(Duration.ofMinutes(7));
        this.clock = new SettableClock(start);
        IdGenerator ids = new IdGenerator(clock);
        this.runs = new RunRecorder(store.runs(), ids, clock);
        this.steps = new StepRecorder(store.steps(), ids, clock);
        this.audit = new AuditTrail(store.auditLog(), ids, clock);
    }

    void seed() {
        RunStatus[] ends = {RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.SUCCEEDED, RunStatus.CANCELLED, RunStatus.SUCCEEDED};
        for (int i = 1; i <= RUNS; i++) {
            String id = String.format("run-%03d", i);
            Instant created = id.equals(DEMO_RUN) ? start : start.minus(Duration.ofMinutes(3L * (RUNS - i)));
            at(created);
            runs.create(new NewRun(Optional.of(id), Json.canonicalObject("{\"target\":\"" + (i % 2 == 0 ? "web" : "core") + "\",\"shard\":" + i + "}"),
                    Optional.of(HexFormat.of().formatHex(AccessTokens.sha256(id)).substring(0, 40)),
                    Optional.of(Json.canonicalObject("{\"jobs\":" + (i % 4 + 1) + "}")), Optional.empty(),
                    Map.of("team", i % 2 == 0 ? "web" : "core", "env", i % 3 == 0 ? "prod" : "ci")));
            if (id.equals(DEMO_RUN)) {
                demoSteps(new RunId(id), created);
            } else if (!id.equals(IDLE_RUNNING_RUN)) {
                at(created.plusSeconds(20 + 17L * i));
                runs.finish(new RunId(id), ends[i % ends.length]);
            }
        }
    }

    private void demoSteps(RunId run, Instant created) {
        String[] names = {"checkout", "resolve dependencies", "compile", "unit tests", "integration tests",
            "package", "publish", "notify"};
        for (int i = 0; i < names.length; i++) {
            steps.add(run, Optional.of(DEMO_STEPS.get(i)), names[i]);
        }
        step(run, "s01", created.plusSeconds(2), created.plusSeconds(9), StepStatus.SUCCEEDED, "{\"files\":1832}");
        step(run, "s02", created.plusSeconds(9), created.plusSeconds(48), StepStatus.SUCCEEDED, "{\"artifacts\":214,\"cache_hits\":201}");
        step(run, "s03", created.plusSeconds(48), created.plusSeconds(150), StepStatus.SUCCEEDED, "{\"classes\":611,\"warnings\":0}");
        step(run, "s04", created.plusSeconds(150), created.plusSeconds(250), StepStatus.FAILED, "{\"failed\":3,\"passed\":1204}");
        at(created.plusSeconds(250));
        steps.transition(run, new StepId("s05"), StepStatus.RUNNING, Optional.empty());
        steps.transition(run, new StepId("s06"), StepStatus.SKIPPED, Optional.of(Json.canonicalObject("{\"why\":\"unit tests failed\"}")));
        event(run, created.plusSeconds(1), AuditLevel.INFO, "scheduler", "run.started", "run accepted by runner ci-07");
        event(run, created.plusSeconds(2), AuditLevel.DEBUG, "git", "checkout.begin", "fetching deadbeef from origin");
        event(run, created.plusSeconds(9), AuditLevel.INFO, "git", "checkout.done", "1832 files");
        event(run, created.plusSeconds(30), AuditLevel.WARN, "deps", "cache.miss", "13 artifacts not in the cache");
        event(run, created.plusSeconds(150), AuditLevel.INFO, "build", "compile.done", "611 classes, no warnings");
        event(run, created.plusSeconds(210), AuditLevel.ERROR, "tests", "test.failed", "LedgerTest.appendIsAtomic failed");
        event(run, created.plusSeconds(230), AuditLevel.ERROR, "tests", "test.failed", "ExportTest.roundTrip failed");
        event(run, created.plusSeconds(248), AuditLevel.ERROR, "tests", "test.failed", "PagingTest.noGaps failed");
        event(run, created.plusSeconds(250), AuditLevel.WARN, "scheduler", "step.skipped", "package skipped: unit tests failed");
        event(run, created.plusSeconds(251), AuditLevel.INFO, "tests", "suite.started", "integration tests on 4 workers");
    }

    private void step(RunId run, String id, Instant from, Instant to, StepStatus end, String stats) {
        at(from);
        steps.transition(run, new StepId(id), StepStatus.RUNNING, Optional.empty());
        at(to);
        steps.transition(run, new StepId(id), end, Optional.of(Json.canonicalObject(stats)));
    }

    private void event(RunId run, Instant ts, AuditLevel level, String scope, String name, String message) {
        at(ts);
        audit.append(List.of(new NewAuditEvent(Optional.empty(), Optional.empty(), level, Optional.of(run), scope, name,
                message, level == AuditLevel.ERROR ? Json.canonicalObject("{\"attempt\":1}") : CanonicalJson.EMPTY_OBJECT)));
    }

    private void at(Instant instant) {
        clock.set(instant);
    }
}
