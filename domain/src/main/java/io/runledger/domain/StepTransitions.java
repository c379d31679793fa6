package io.runledger.domain;

import static io.runledger.storage.api.StepStatus.FAILED;
import static io.runledger.storage.api.StepStatus.PENDING;
import static io.runledger.storage.api.StepStatus.RUNNING;
import static io.runledger.storage.api.StepStatus.SKIPPED;
import static io.runledger.storage.api.StepStatus.SUCCEEDED;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.StoreException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The step status machine (SPEC S1): pending → running → succeeded | failed; pending → skipped. */
public final class StepTransitions {
    private static final Map<StepStatus, Set<StepStatus>> NEXT = Map.of(
            PENDING, EnumSet.of(RUNNING, SKIPPED),
            RUNNING, EnumSet.of(SUCCEEDED, FAILED),
            SUCCEEDED, EnumSet.noneOf(StepStatus.class),
            FAILED, EnumSet.noneOf(StepStatus.class),
            SKIPPED, EnumSet.noneOf(StepStatus.class));

    private StepTransitions() {
    }

    /** Whether a step may go from one status to the other. */
    public static boolean allowed(StepStatus from, StepStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Whether a status is final: succeeded, failed or skipped. */
    public static boolean terminal(StepStatus status) {
        return NEXT.get(status).isEmpty();
    }

    /** Passes an allowed transition; raises {@link ReasonCode#INVALID_STATUS_TRANSITION} otherwise. */
    public static void require(StepId step, StepStatus from, StepStatus to) {
        if (!allowed(from, to)) {
            throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION,
                    "step " + step + " cannot go from " + from + " to " + to);
        }
    }
}
