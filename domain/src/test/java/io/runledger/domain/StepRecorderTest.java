package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.format.json.Json;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepRecorderTest {
    private static final RunId RUN = new RunId("r1");

    private final TestClock clock = new TestClock("2024-05-01T12:00:00Z");
    private final FakeSteps steps = new FakeSteps(Set.of(RUN));
    private final StepRecorder book = new StepRecorder(steps, new IdGenerator(clock), clock);

    @Test
    void aNewStepIsPendingWithNoTimesAndEmptyStats() {
        Step step = book.add(RUN, Optional.empty(), "build");
        assertEquals(StepStatus.PENDING, step.status());
        assertEquals(Optional.empty(), step.startedAt());
        assertEquals(Optional.empty(), step.finishedAt());
        assertEquals(CanonicalJson.EMPTY_OBJECT, step.stats());
        assertEquals(Optional.of(step), book.find(RUN, step.stepId()));
    }

    @Test
    void aStepOfAnUnknownRunIsRefusedByThePort() {
        assertEquals(ReasonCode.RUN_NOT_FOUND, assertThrows(StoreException.class,
                () -> book.add(new RunId("other"), Optional.empty(), "build")).reason());
    }

    @Test
    void addingAgainWithTheSameIdIsSafeAndAnotherNameIsADuplicate() {
        book.add(RUN, Optional.of("s1"), "build");
        Step running = book.transition(RUN, new StepId("s1"), StepStatus.RUNNING, Optional.empty());
        assertEquals(running, book.add(RUN, Optional.of("s1"), "build"));
        assertEquals(ReasonCode.DUPLICATE_ID, assertThrows(StoreException.class,
                () -> book.add(RUN, Optional.of("s1"), "test")).reason());
    }

    @Test
    void runningSetsStartedAtAndFinishingSetsFinishedAtAndStats() {
        StepId id = book.add(RUN, Optional.of("s1"), "build").stepId();
        clock.advance(Duration.ofSeconds(1));
        Step running = book.transition(RUN, id, StepStatus.RUNNING, Optional.empty());
        assertEquals(Optional.of(Instant.parse("2024-05-01T12:00:01Z")), running.startedAt());
        clock.advance(Duration.ofSeconds(1));
        CanonicalJson stats = Json.canonicalObject("{\"rows\":3}");
        Step done = book.transition(RUN, id, StepStatus.SUCCEEDED, Optional.of(stats));
        assertEquals(running.startedAt(), done.startedAt());
        assertEquals(Optional.of(Instant.parse("2024-05-01T12:00:02Z")), done.finishedAt());
        assertEquals(stats, done.stats());
        assertEquals(Optional.of(done), book.find(RUN, id));
    }

    @Test
    void skippingAPendingStepFinishesItWithoutStartingIt() {
        StepId id = book.add(RUN, Optional.of("s1"), "build").stepId();
        Step skipped = book.transition(RUN, id, StepStatus.SKIPPED, Optional.empty());
        assertEquals(Optional.empty(), skipped.startedAt());
        assertEquals(Optional.of(Instant.parse("2024-05-01T12:00:00Z")), skipped.finishedAt());
    }

    @Test
    void forbiddenTransitionsChangeNothing() {
        StepId id = book.add(RUN, Optional.of("s1"), "build").stepId();
        StoreException e = assertThrows(StoreException.class,
                () -> book.transition(RUN, id, StepStatus.SUCCEEDED, Optional.empty()));
        assertEquals(ReasonCode.INVALID_STATUS_TRANSITION, e.reason());
        assertEquals("step s1 cannot go from pending to succeeded", e.getMessage());
        assertEquals(StepStatus.PENDING, book.get(RUN, id).status());
    }

    @Test
    void anUnknownStepIsNotFound() {
        assertEquals(ReasonCode.STEP_NOT_FOUND, assertThrows(StoreException.class,
                () -> book.transition(RUN, new StepId("nope"), StepStatus.RUNNING, Optional.empty())).reason());
    }

    @Test
    void startingAStepAddsItRunningAndRepeatingTheStartChangesNothing() {
        Step started = book.start(RUN, new StepId("build"), "Build");
        assertEquals(StepStatus.RUNNING, started.status());
        assertEquals(Optional.of(clock.instant()), started.startedAt());

        clock.advance(Duration.ofSeconds(5));
        assertEquals(started, book.start(RUN, new StepId("build"), "Build"));

        StoreException renamed = assertThrows(StoreException.class, () -> book.start(RUN, new StepId("build"), "Other"));
        assertEquals(ReasonCode.DUPLICATE_ID, renamed.reason());
    }

    @Test
    void startingAFinishedStepIsAnInvalidTransition() {
        book.start(RUN, new StepId("build"), "Build");
        book.transition(RUN, new StepId("build"), StepStatus.SUCCEEDED, Optional.empty());

        StoreException again = assertThrows(StoreException.class, () -> book.start(RUN, new StepId("build"), "Build"));
        assertEquals(ReasonCode.INVALID_STATUS_TRANSITION, again.reason());
    }
}
