package io.runledger.domain;

import static io.runledger.storage.api.StepStatus.FAILED;
import static io.runledger.storage.api.StepStatus.PENDING;
import static io.runledger.storage.api.StepStatus.RUNNING;
import static io.runledger.storage.api.StepStatus.SKIPPED;
import static io.runledger.storage.api.StepStatus.SUCCEEDED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.StoreException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionsTest {
    private static final Map<StepStatus, Set<StepStatus>> STEP_SPEC = Map.of(
            PENDING, EnumSet.of(RUNNING, SKIPPED),
            RUNNING, EnumSet.of(SUCCEEDED, FAILED),
            SUCCEEDED, EnumSet.noneOf(StepStatus.class),
            FAILED, EnumSet.noneOf(StepStatus.class),
            SKIPPED, EnumSet.noneOf(StepStatus.class));

    @Test
    void stepsFollowExactlyTheSpecifiedMachine() {
        StepId step = new StepId("s1");
        for (StepStatus from : StepStatus.values()) {
            for (StepStatus to : StepStatus.values()) {
                if (STEP_SPEC.get(from).contains(to)) {
                    assertDoesNotThrow(() -> StepTransitions.require(step, from, to));
                } else {
                    StoreException e = assertThrows(StoreException.class, () -> StepTransitions.require(step, from, to));
                    assertEquals(ReasonCode.INVALID_STATUS_TRANSITION, e.reason());
                    assertEquals("step s1 cannot go from " + from + " to " + to, e.getMessage());
                }
            }
        }
    }

    @Test
    void aSucceededStepCannotRunAgain() {
        assertEquals("step s1 cannot go from succeeded to running", assertThrows(StoreException.class,
                () -> StepTransitions.require(new StepId("s1"), SUCCEEDED, RUNNING)).getMessage());
    }

    @Test
    void runsGoFromRunningToAFinalStatusOnly() {
        RunId run = new RunId("r1");
        for (RunStatus from : RunStatus.values()) {
            for (RunStatus to : RunStatus.values()) {
                boolean allowed = from == RunStatus.RUNNING && to != RunStatus.RUNNING;
                assertEquals(allowed, RunTransitions.allowed(from, to), from + " -> " + to);
                if (!allowed) {
                    assertEquals(ReasonCode.INVALID_STATUS_TRANSITION, assertThrows(StoreException.class,
                            () -> RunTransitions.require(run, from, to)).reason());
                }
            }
        }
        assertEquals("run r1 cannot go from cancelled to succeeded", assertThrows(StoreException.class,
                () -> RunTransitions.require(run, RunStatus.CANCELLED, RunStatus.SUCCEEDED)).getMessage());
    }

    @Test
    void terminalStatusesAreTheOnesWithNoWayOut() {
        assertEquals(EnumSet.of(SUCCEEDED, FAILED, SKIPPED), EnumSet.copyOf(
                java.util.Arrays.stream(StepStatus.values()).filter(StepTransitions::terminal).toList()));
        assertEquals(false, RunTransitions.terminal(RunStatus.RUNNING));
        assertEquals(true, RunTransitions.terminal(RunStatus.CANCELLED));
    }
}
