package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.format.json.Json;
import io.runledger.format.record.ConfigHash;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunRecorderTest {
    private static final CanonicalJson ARGS = Json.canonicalObject("{\"n\":1}");
    private static final CanonicalJson CONFIG = Json.canonicalObject("{\"model\":\"m\"}");

    private final TestClock clock = new TestClock("2024-05-01T12:00:00.000001Z");
    private final FakeRuns runs = new FakeRuns();
    private final RunRecorder book = new RunRecorder(runs, new IdGenerator(clock), clock);

    private static NewRun draft(String id, Map<String, String> labels) {
        return new NewRun(Optional.of(id), ARGS, Optional.of("abc"), Optional.of(CONFIG), Optional.empty(), labels);
    }

    @Test
    void aNewRunIsRunningCreatedNowWithItsConfigHashed() {
        Run run = book.create(NewRun.of(ARGS));
        assertEquals(RunStatus.RUNNING, run.status());
        assertEquals(Instant.parse("2024-05-01T12:00:00.000001Z"), run.createdAt());
        assertEquals(26, run.runId().value().length());
        assertEquals(Optional.of(run), runs.find(run.runId()));
        assertEquals(Optional.of(ConfigHash.of(CONFIG)), book.create(draft("r1", Map.of())).configHash());
    }

    @Test
    void aGivenHashMustAgreeWithTheGivenConfig() {
        NewRun disagreeing = new NewRun(Optional.empty(), ARGS, Optional.empty(), Optional.of(CONFIG),
                Optional.of("0".repeat(64)), Map.of());
        assertEquals(ReasonCode.VALIDATION_FAILED, assertThrows(StoreException.class, () -> book.create(disagreeing)).reason());
        NewRun hashOnly = new NewRun(Optional.empty(), ARGS, Optional.empty(), Optional.empty(),
                Optional.of("0".repeat(64)), Map.of());
        assertEquals(Optional.of("0".repeat(64)), book.create(hashOnly).configHash());
    }

    @Test
    void retryingWithTheSameContentReturnsTheStoredRun() {
        Run first = book.create(draft("r1", Map.of("env", "ci")));
        clock.advance(Duration.ofSeconds(5));
        assertEquals(first, book.create(draft("r1", Map.of("env", "ci"))));
    }

    @Test
    void reusingAnIdWithOtherContentIsADuplicate() {
        book.create(draft("r1", Map.of("env", "ci")));
        assertEquals(ReasonCode.DUPLICATE_ID, assertThrows(StoreException.class,
                () -> book.create(draft("r1", Map.of("env", "prod")))).reason());
    }

    @Test
    void aRetryRacingItsFirstAttemptStillReturnsTheStoredRun() {
        Run first = book.create(draft("r1", Map.of()));
        clock.advance(Duration.ofSeconds(1));
        runs.hideNextFind = true;
        assertEquals(first, book.create(draft("r1", Map.of())));
    }

    @Test
    void finishingSetsStatusAndFinishTimeOnce() {
        RunId id = book.create(draft("r1", Map.of())).runId();
        clock.advance(Duration.ofMinutes(1));
        Run finished = book.finish(id, RunStatus.SUCCEEDED);
        assertEquals(RunStatus.SUCCEEDED, finished.status());
        assertEquals(Optional.of(Instant.parse("2024-05-01T12:01:00.000001Z")), finished.finishedAt());
        assertEquals(Optional.of(finished), book.find(id));
        StoreException again = assertThrows(StoreException.class, () -> book.finish(id, RunStatus.FAILED));
        assertEquals(ReasonCode.INVALID_STATUS_TRANSITION, again.reason());
        assertEquals("run r1 cannot go from succeeded to failed", again.getMessage());
    }

    @Test
    void finishingAnUnknownRunIsNotFound() {
        assertEquals(ReasonCode.RUN_NOT_FOUND, assertThrows(StoreException.class,
                () -> book.finish(new RunId("nope"), RunStatus.FAILED)).reason());
    }

    @Test
    void aBadClientIdIsAValidationFailure() {
        assertEquals(ReasonCode.VALIDATION_FAILED, assertThrows(StoreException.class,
                () -> book.create(draft("no spaces", Map.of()))).reason());
    }
}
