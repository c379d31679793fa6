package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
    private final TestClock clock = new TestClock("2024-05-01T12:00:00.123456789Z");
    private final FakeAuditLog log = new FakeAuditLog();
    private final AuditTrail trail = new AuditTrail(log, new IdGenerator(clock), clock);

    private static NewAuditEvent draft(Optional<String> id, Optional<Instant> ts) {
        return new NewAuditEvent(id, ts, AuditLevel.INFO, Optional.empty(), "job", "started", "hello",
                CanonicalJson.EMPTY_OBJECT);
    }

    @Test
    void missingIdsAndTimesAreFilledInAndTheBatchIsAppendedOnce() {
        List<AuditEvent> stored = trail.append(List.of(
                draft(Optional.empty(), Optional.empty()),
                draft(Optional.of("client-1"), Optional.of(Instant.parse("2023-01-01T00:00:00.000001Z"))),
                draft(Optional.empty(), Optional.empty())));
        assertEquals(List.of(stored), log.batches);
        assertEquals("client-1", stored.get(1).eventId().value());
        assertEquals(Instant.parse("2023-01-01T00:00:00.000001Z"), stored.get(1).ts());
        assertEquals(Instant.parse("2024-05-01T12:00:00.123456Z"), stored.get(0).ts());
        assertEquals(26, stored.get(0).eventId().value().length());
        assertTrue(stored.get(2).eventId().compareTo(stored.get(0).eventId()) > 0, "generated ids follow input order");
    }

    @Test
    void anEmptyBatchWritesNothing() {
        assertEquals(List.of(), trail.append(List.of()));
        assertEquals(List.of(), log.batches);
    }

    @Test
    void anInvalidEventStoresNothingOfTheBatch() {
        StoreException e = assertThrows(StoreException.class, () -> trail.append(List.of(
                draft(Optional.empty(), Optional.empty()),
                draft(Optional.empty(), Optional.of(Instant.parse("2024-01-01T00:00:00.000000001Z"))))));
        assertEquals(ReasonCode.VALIDATION_FAILED, e.reason());
        assertEquals(List.of(), log.batches);
    }

    @Test
    void findPassesThrough() {
        List<AuditEvent> stored = trail.append(List.of(draft(Optional.empty(), Optional.empty())));
        assertEquals(stored, trail.find(AuditFilter.ALL, PageRequest.first(10)).items());
    }
}
