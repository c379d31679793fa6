package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuditTailTest {
    private final TestClock clock = new TestClock("2024-05-01T12:00:00Z");
    private final OrderedAuditLog log = new OrderedAuditLog();
    private final AuditTrail trail = new AuditTrail(log, new IdGenerator(clock), clock);
    private final AuditTail tail = new AuditTail(AuditFilter.ALL, clock);

    private void store(String id, Instant ts, String scope) {
        log.append(List.of(new AuditEvent(new EventId(id), ts, AuditLevel.INFO, Optional.empty(), scope, "e", "m",
                CanonicalJson.EMPTY_OBJECT)));
    }

    private List<String> poll() {
        List<String> shown = new ArrayList<>();
        assertTrue(tail.poll(trail, event -> shown.add(event.eventId().value())));
        return shown;
    }

    @Test
    void theFirstPollHandsOverEverythingStoredAndLaterPollsOnlyWhatIsNew() {
        IntStream.range(0, 2_500).forEach(i -> store(String.format("a%05d", i), clock.instant(), "s"));
        assertEquals(2_500, poll().size(), "every page is read");
        assertEquals(List.of(), poll());

        clock.advance(Duration.ofSeconds(1));
        store("b1", clock.instant(), "s");
        assertEquals(List.of("b1"), poll());
        assertEquals(List.of(), poll());
    }

    @Test
    void anEventThatCommitsAfterALaterIdIsStillHandedOverOnce() {
        store("id-2", clock.instant(), "s");
        assertEquals(List.of("id-2"), poll());

        // another writer's id sorts before the one already shown, but it committed only now
        store("id-1", clock.instant().minusMillis(300), "s");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of("id-1"), poll());
        assertEquals(List.of(), poll());
    }

    @Test
    void anOldEventThatSortsBehindTheCursorIsOutsideTheWindow() {
        store("id-2", clock.instant(), "s");
        poll();
        store("id-1", clock.instant().minus(AuditTail.LOOKBACK).minusSeconds(1), "s");
        assertEquals(List.of(), poll(), "older than the look-back window and behind the cursor");
    }

    @Test
    void anEventStampedInTheFutureDoesNotCloseTheWindow() {
        store("id-5", Instant.parse("2099-01-01T00:00:00Z"), "s");
        assertEquals(List.of("id-5"), poll());
        store("id-1", clock.instant(), "s");
        assertEquals(List.of("id-1"), poll());
    }

    @Test
    void aSinkThatDeclinesStopsThePollAndTheEventComesAgainNextTime() {
        store("a", clock.instant(), "s");
        store("b", clock.instant(), "s");
        List<String> shown = new ArrayList<>();
        assertFalse(tail.poll(trail, event -> event.eventId().value().equals("a") && shown.add("a")));
        assertEquals(List.of("a"), shown);
        assertEquals(List.of("b"), poll());
    }

    @Test
    void theFilterAppliesToTheLookBackToo() {
        AuditTail scoped = new AuditTail(new AuditFilter(Optional.empty(), Optional.empty(), Optional.of("deploy"),
                Optional.empty(), Optional.empty()), clock);
        store("id-3", clock.instant(), "deploy");
        store("id-2", clock.instant(), "build");
        List<String> shown = new ArrayList<>();
        scoped.poll(trail, event -> shown.add(event.eventId().value()));
        store("id-1", clock.instant(), "build");
        scoped.poll(trail, event -> shown.add(event.eventId().value()));
        assertEquals(List.of("id-3"), shown);
    }
}
