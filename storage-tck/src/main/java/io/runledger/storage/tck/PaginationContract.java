package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.run;
import static io.runledger.storage.tck.Records.runId;
import static io.runledger.storage.tck.Records.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.Label;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keyset pagination of runs, steps and audit events: walking every page with a small limit visits
 * each record exactly once, in order; a page is followed by another only when more records exist.
 */
public abstract class PaginationContract extends StoreContract {
    private static final int RECORDS = 10;

    private static List<String> ids(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("%s%02d", prefix, i)).toList();
    }

    private static List<String> shuffled(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        Collections.shuffle(copy, new Random(42));
        return copy;
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {1, 3, 5, 10, 11})
    void walkingRunPagesVisitsEveryRunOnceInOrder(int limit) {
        shuffled(ids("run-", RECORDS)).forEach(id -> store().runs().create(run(id)));
        List<Run> walked = Pages.walk(limit, page -> store().runs().list(RunFilter.ALL, page), r -> r.runId().value());
        assertEquals(ids("run-", RECORDS), walked.stream().map(r -> r.runId().value()).toList());
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {1, 3, 5, 10, 11})
    void walkingStepPagesVisitsEveryStepOfTheRunOnceInOrder(int limit) {
        store().runs().create(run("run-a"));
        store().runs().create(run("run-b"));
        for (String id : shuffled(ids("s", RECORDS))) {
            store().steps().create(step("run-a", id));
            store().steps().create(step("run-b", id + "b"));
        }
        List<Step> walked = Pages.walk(limit, page -> store().steps().list(runId("run-a"), page), s -> s.stepId().value());
        assertEquals(ids("s", RECORDS), walked.stream().map(s -> s.stepId().value()).toList());
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {1, 3, 5, 10, 11})
    void walkingAuditPagesVisitsEveryEventOnceInOrder(int limit) {
        store().auditLog().append(shuffled(ids("ev-", RECORDS)).stream().map(Records::event).toList());
        List<AuditEvent> walked = Pages.walk(limit, page -> store().auditLog().find(AuditFilter.ALL, page), e -> e.eventId().value());
        assertEquals(ids("ev-", RECORDS), walked.stream().map(e -> e.eventId().value()).toList());
    }

    @Test
    void filteredRunPagesHoldOnlyMatchingRuns() {
        List<String> all = ids("run-", RECORDS);
        for (int i = 0; i < all.size(); i++) {
            RunStatus status = i % 3 == 0 ? RunStatus.FAILED : RunStatus.RUNNING;
            store().runs().create(run(all.get(i), status, Map.of()));
        }
        RunFilter failed = new RunFilter(Optional.of(RunStatus.FAILED), Optional.empty());
        List<Run> walked = Pages.walk(2, page -> store().runs().list(failed, page), r -> r.runId().value());
        assertEquals(List.of("run-00", "run-03", "run-06", "run-09"), walked.stream().map(r -> r.runId().value()).toList());
    }

    @Test
    void filteredAuditPagesHoldOnlyMatchingEvents() {
        List<String> all = ids("ev-", RECORDS);
        store().auditLog().append(IntStream.range(0, all.size()).mapToObj(i -> Records.event(all.get(i), Optional.empty(),
                i % 2 == 0 ? AuditLevel.WARN : AuditLevel.INFO, "job", Records.at(i))).toList());
        AuditFilter warnings = new AuditFilter(Optional.empty(), Optional.of(AuditLevel.WARN), Optional.empty(),
                Optional.empty(), Optional.empty());
        List<AuditEvent> walked = Pages.walk(2, page -> store().auditLog().find(warnings, page), e -> e.eventId().value());
        assertEquals(List.of("ev-00", "ev-02", "ev-04", "ev-06", "ev-08"), walked.stream().map(e -> e.eventId().value()).toList());
    }

    @Test
    void anEmptyStoreHasOneEmptyPageWithNothingAfterIt() {
        Page<Run> runs = store().runs().list(RunFilter.ALL, PageRequest.first(5));
        Page<Step> steps = store().steps().list(runId("run-1"), PageRequest.first(5));
        Page<AuditEvent> events = store().auditLog().find(AuditFilter.ALL, PageRequest.first(5));
        assertEquals(new Page<Run>(List.of(), Optional.empty()), runs);
        assertEquals(new Page<Step>(List.of(), Optional.empty()), steps);
        assertEquals(new Page<AuditEvent>(List.of(), Optional.empty()), events);
    }

    @Test
    void aPageStartsStrictlyAfterItsKeyEvenWhenNoRecordHasThatKey() {
        ids("run-", RECORDS).forEach(id -> store().runs().create(run(id)));
        store().auditLog().append(ids("ev-", RECORDS).stream().map(Records::event).toList());

        List<String> runs = store().runs().list(RunFilter.ALL, new PageRequest(3, Optional.of("run-04")))
                .items().stream().map(r -> r.runId().value()).toList();
        List<String> fromGap = store().runs().list(RunFilter.ALL, new PageRequest(3, Optional.of("run-04x")))
                .items().stream().map(r -> r.runId().value()).toList();
        List<String> events = store().auditLog().find(AuditFilter.ALL, new PageRequest(2, Optional.of("ev-08")))
                .items().stream().map(e -> e.eventId().value()).toList();
        Page<Run> pastTheEnd = store().runs().list(RunFilter.ALL, new PageRequest(3, Optional.of("run-09")));

        assertEquals(List.of("run-05", "run-06", "run-07"), runs);
        assertEquals(List.of("run-05", "run-06", "run-07"), fromGap);
        assertEquals(List.of("ev-09"), events);
        assertEquals(new Page<Run>(List.of(), Optional.empty()), pastTheEnd);
    }

    /**
     * Runs with no, one and 25 labels (plus "shared" on those with any), created in a shuffled order,
     * with ids whose byte order differs from a language's; returned in id byte order.
     */
    private List<Run> runsWithFewAndManyLabels() {
        List<String> ids = List.of("R0", "a-b", "a.b", "a1", "a:b", "aB", "a_b", "ab", "run-00", "run-01", "run-02", "run-03");
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Map<String, String> labels = new HashMap<>();
            for (int l = 0; l < (i % 3 == 1 ? 1 : 25); l++) {
                labels.put(String.format("label-%02d-%s", l, id), "value of " + id + " #" + l);
            }
            labels.put("shared", i % 4 == 1 ? "yes" : "no");
            RunStatus status = i % 2 == 0 ? RunStatus.SUCCEEDED : RunStatus.FAILED;
            runs.add(i == 6 ? Records.richRun(id) : run(id, status, i % 3 == 0 ? Map.of() : labels));
        }
        List<Run> created = new ArrayList<>(runs);
        Collections.shuffle(created, new Random(7));
        created.forEach(r -> store().runs().create(r));
        return runs;
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {1, 2, 5, 11, 12, 100})
    void everyRunOnAPageCarriesExactlyItsOwnLabels(int limit) {
        List<Run> runs = runsWithFewAndManyLabels();
        List<Run> walked = Pages.walk(limit, page -> store().runs().list(RunFilter.ALL, page), r -> r.runId().value());
        assertEquals(runs, walked, "each listed run equals the run as created, labels and all, in byte order of ids");
        walked.forEach(r -> assertEquals(store().runs().find(r.runId()), Optional.of(r), "a listed run equals the run read by id"));
    }

    @Test
    void filteredPagesCarryEveryLabelOfTheMatchingRunsNotOnlyTheFilteredOne() {
        List<Run> runs = runsWithFewAndManyLabels();
        RunFilter shared = new RunFilter(Optional.empty(), Optional.of(new Label("shared", "no")));
        RunFilter failedAndShared = new RunFilter(Optional.of(RunStatus.FAILED), Optional.of(new Label("shared", "no")));

        List<Run> walked = Pages.walk(2, page -> store().runs().list(shared, page), r -> r.runId().value());
        List<Run> failed = Pages.walk(3, page -> store().runs().list(failedAndShared, page), r -> r.runId().value());

        assertEquals(runs.stream().filter(r -> "no".equals(r.labels().get("shared"))).toList(), walked);
        assertEquals(runs.stream().filter(r -> r.status() == RunStatus.FAILED && "no".equals(r.labels().get("shared"))).toList(),
                failed);
    }

    @Test
    void aPageEndingAtTheLastRunHasNoCursorAndACursorAtTheLastRunGivesAnEmptyPage() {
        List<Run> runs = runsWithFewAndManyLabels();
        String last = runs.get(runs.size() - 1).runId().value();

        Page<Run> lastFour = store().runs().list(RunFilter.ALL, new PageRequest(4, Optional.of(runs.get(runs.size() - 5).runId().value())));
        Page<Run> afterLast = store().runs().list(RunFilter.ALL, new PageRequest(4, Optional.of(last)));

        assertEquals(new Page<>(runs.subList(runs.size() - 4, runs.size()), Optional.empty()), lastFour);
        assertEquals(new Page<Run>(List.of(), Optional.empty()), afterLast);
    }
}
