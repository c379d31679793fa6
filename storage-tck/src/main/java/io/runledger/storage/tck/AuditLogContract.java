package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.event;
import static io.runledger.storage.tck.Records.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.WriteOutcome;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Appending to the {@link AuditLog}: atomic batches, retry-safe outcomes, exact round trip, event id order, lookup by id. */
public abstract class AuditLogContract extends StoreContract {
    private static final WriteOutcome CREATED = WriteOutcome.CREATED;
    private static final WriteOutcome PRESENT = WriteOutcome.ALREADY_PRESENT;

    private AuditLog log() {
        return store().auditLog();
    }

    private List<AuditEvent> all() {
        return log().find(AuditFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    private List<String> allIds() {
        return all().stream().map(e -> e.eventId().value()).toList();
    }

    @Test
    void appendedEventsAreFoundExactlyAsWrittenInEventIdOrder() {
        store().runs().create(run("run-1"));
        AuditEvent rich = Records.richEvent("ev-2", "run-1");
        AuditEvent detached = event("ev-1");
        AuditEvent later = event("ev-3", "run-1");

        assertEquals(List.of(CREATED, CREATED), log().append(List.of(later, rich)));
        assertEquals(List.of(CREATED), log().append(List.of(detached)));

        assertEquals(List.of(detached, rich, later), all());
    }

    @Test
    void eventsMayBelongToNoRun() {
        AuditEvent detached = event("ev-1");
        assertEquals(List.of(CREATED), log().append(List.of(detached)));
        assertEquals(List.of(detached), all());
        assertEquals(Optional.empty(), all().get(0).runId());
    }

    @Test
    void anEmptyBatchStoresNothing() {
        assertEquals(List.of(), log().append(List.of()));
        assertEquals(List.of(), all());
    }

    @Test
    void aBatchWithOneEventOfAMissingRunIsRunNotFoundAndStoresNothingOfTheBatch() {
        store().runs().create(run("run-1"));
        log().append(List.of(event("ev-0", "run-1")));

        Reasons.assertFailsWith(ReasonCode.RUN_NOT_FOUND,
                () -> log().append(List.of(event("ev-1", "run-1"), event("ev-2"), event("ev-3", "run-404"), event("ev-4", "run-1"))));

        assertEquals(List.of("ev-0"), allIds());
    }

    @Test
    void aBatchClashingWithAStoredIdIsADuplicateAndStoresNothingOfTheBatch() {
        AuditEvent stored = event("ev-2");
        log().append(List.of(stored));
        AuditEvent clash = Records.event("ev-2", Optional.empty(), AuditLevel.ERROR, "job", Records.T0);

        Reasons.assertFailsWith(ReasonCode.DUPLICATE_ID, () -> log().append(List.of(event("ev-1"), clash, event("ev-3"))));

        assertEquals(List.of(stored), all());
    }

    @Test
    void aBatchClashingWithItselfIsADuplicateAndStoresNothing() {
        AuditEvent first = event("ev-1");
        AuditEvent clash = Records.event("ev-1", Optional.empty(), AuditLevel.DEBUG, "other", Records.T0);

        Reasons.assertFailsWith(ReasonCode.DUPLICATE_ID, () -> log().append(List.of(first, event("ev-2"), clash)));

        assertEquals(List.of(), all());
    }

    @Test
    void anIdReusedWithOtherContentIsADuplicateEvenWhenItAlsoNamesAMissingRun() {
        AuditEvent stored = event("ev-1");
        log().append(List.of(stored));

        Reasons.assertFailsWith(ReasonCode.DUPLICATE_ID, () -> log().append(List.of(event("ev-1", "run-404"))));
        Reasons.assertFailsWith(ReasonCode.DUPLICATE_ID, () -> log().append(List.of(event("ev-2"), event("ev-2", "run-404"))));

        assertEquals(List.of(stored), all());
    }

    @Test
    void everyFieldTakesPartInTheDuplicateCheck() {
        store().runs().create(run("run-1"));
        store().runs().create(run("run-2"));
        AuditEvent stored = Records.richEvent("ev-1", "run-1");
        log().append(List.of(stored));
        List<AuditEvent> others = List.of(
                new AuditEvent(stored.eventId(), Records.at(3, 123_457), stored.level(), stored.runId(), stored.scope(), stored.event(), stored.message(), stored.data()),
                new AuditEvent(stored.eventId(), stored.ts(), AuditLevel.INFO, stored.runId(), stored.scope(), stored.event(), stored.message(), stored.data()),
                new AuditEvent(stored.eventId(), stored.ts(), stored.level(), Optional.empty(), stored.scope(), stored.event(), stored.message(), stored.data()),
                new AuditEvent(stored.eventId(), stored.ts(), stored.level(), Optional.of(Records.runId("run-2")), stored.scope(), stored.event(), stored.message(), stored.data()),
                new AuditEvent(stored.eventId(), stored.ts(), stored.level(), stored.runId(), "db", stored.event(), stored.message(), stored.data()),
                new AuditEvent(stored.eventId(), stored.ts(), stored.level(), stored.runId(), stored.scope(), "other", stored.message(), stored.data()),
                new AuditEvent(stored.eventId(), stored.ts(), stored.level(), stored.runId(), stored.scope(), stored.event(), stored.message() + "!", stored.data()),
                new AuditEvent(stored.eventId(), stored.ts(), stored.level(), stored.runId(), stored.scope(), stored.event(), stored.message(), Records.json("{}")));
        for (AuditEvent other : others) {
            Reasons.assertFailsWith(ReasonCode.DUPLICATE_ID, () -> log().append(List.of(other)));
        }
        assertEquals(List.of(stored), all());
    }

    @Test
    void reappendingIdenticalEventsIsAlreadyPresentInInputOrderAndStoresOneCopy() {
        store().runs().create(run("run-1"));
        AuditEvent one = Records.richEvent("ev-1", "run-1");
        AuditEvent two = event("ev-2");
        log().append(List.of(one, two));

        List<WriteOutcome> outcomes = log().append(List.of(event("ev-4"), two, event("ev-0", "run-1"), one));

        assertEquals(List.of(CREATED, PRESENT, CREATED, PRESENT), outcomes);
        assertEquals(List.of("ev-0", "ev-1", "ev-2", "ev-4"), allIds());
        assertEquals(List.of(PRESENT, PRESENT), log().append(List.of(one, two)), "a whole batch retried stores nothing new");
        assertEquals(4, all().size());
    }

    @Test
    void anEventIsFoundByItsIdExactlyAsStoredAndAnUnknownIdFindsNothing() {
        store().runs().create(run("run-1"));
        AuditEvent rich = Records.richEvent("ev-2", "run-1");
        log().append(List.of(event("ev-1"), rich, event("ev-3")));

        assertEquals(Optional.of(rich), log().find(rich.eventId()));
        assertEquals(Optional.empty(), log().find(new EventId("ev-2-")));
        assertEquals(Optional.empty(), log().find(new EventId("ev-20")));
        assertEquals(Optional.empty(), log().find(new EventId("EV-2")), "ids are compared exactly, case included");
    }

    @Test
    void eventsAreOrderedByEventIdBytesNotByTimestamp() {
        List<AuditEvent> events = List.of(
                Records.event("e_1", Optional.empty(), AuditLevel.INFO, "job", Records.at(1)),
                Records.event("eA", Optional.empty(), AuditLevel.INFO, "job", Records.at(2)),
                Records.event("e:1", Optional.empty(), AuditLevel.INFO, "job", Records.at(3)),
                Records.event("e10", Optional.empty(), AuditLevel.INFO, "job", Records.at(4)),
                Records.event("e2", Optional.empty(), AuditLevel.INFO, "job", Records.at(5)),
                Records.event("e-1", Optional.empty(), AuditLevel.INFO, "job", Records.at(6)),
                Records.event("ea", Optional.empty(), AuditLevel.INFO, "job", Records.at(0)));
        log().append(events);
        assertEquals(List.of("e-1", "e10", "e2", "e:1", "eA", "e_1", "ea"), allIds());
    }
}
