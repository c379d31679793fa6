package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The retry rule for client-supplied ids: a retried event is stored once, an id reused for other content is a duplicate. */
class AuditTrailRetryTest {
    private final TestClock clock = new TestClock("2024-05-01T12:00:00.123456Z");
    private final GatedAuditLog log = new GatedAuditLog(false, Set.of());
    private final AuditTrail trail = new AuditTrail(log, new IdGenerator(clock), clock);

    private static NewAuditEvent draft(String id, Optional<Instant> ts, String message) {
        return new NewAuditEvent(Optional.of(id), ts, AuditLevel.INFO, Optional.empty(), "job", "started", message,
                CanonicalJson.EMPTY_OBJECT);
    }

    @Test
    void aRetriedEventWithoutATimestampIsStoredOnceWithItsFirstTimestamp() {
        List<AuditEvent> first = trail.append(List.of(draft("client-1", Optional.empty(), "hello")));
        clock.advance(Duration.ofSeconds(5));

        List<AuditEvent> again = trail.append(List.of(draft("client-1", Optional.empty(), "hello")));

        assertEquals(first, again);
        assertEquals(first, log.stored());
    }

    @Test
    void aRetriedBatchStoresOnlyWhatIsNewInIt() {
        AuditEvent stored = trail.append(List.of(draft("client-1", Optional.empty(), "hello"))).get(0);
        clock.advance(Duration.ofSeconds(5));

        List<AuditEvent> batch = trail.append(List.of(draft("client-0", Optional.empty(), "before"),
                draft("client-1", Optional.empty(), "hello")));

        assertEquals(stored, batch.get(1));
        assertEquals(Instant.parse("2024-05-01T12:00:05.123456Z"), batch.get(0).ts());
        assertEquals(List.of(stored, batch.get(0)), log.stored());
    }

    @Test
    void anIdReusedForOtherContentIsADuplicateAndStoresNothing() {
        List<AuditEvent> first = trail.append(List.of(draft("client-1", Optional.empty(), "hello")));
        clock.advance(Duration.ofSeconds(5));

        StoreException e = assertThrows(StoreException.class, () -> trail.append(List.of(
                draft("client-2", Optional.empty(), "new"), draft("client-1", Optional.empty(), "other"))));

        assertEquals(ReasonCode.DUPLICATE_ID, e.reason());
        assertEquals(first, log.stored());
    }

    @Test
    void aRetryWithAnotherExplicitTimestampIsADuplicate() {
        trail.append(List.of(draft("client-1", Optional.of(Instant.parse("2024-01-01T00:00:00Z")), "hello")));

        StoreException e = assertThrows(StoreException.class, () -> trail.append(List.of(
                draft("client-1", Optional.of(Instant.parse("2024-01-01T00:00:01Z")), "hello"))));

        assertEquals(ReasonCode.DUPLICATE_ID, e.reason());
        assertEquals(1, log.stored().size());
    }
}
