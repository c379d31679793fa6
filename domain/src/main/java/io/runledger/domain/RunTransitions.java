package io.runledger.domain;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StoreException;

/** The run status machine (SPEC S1): running → succeeded | failed | cancelled, and nothing after. */
public final class RunTransitions {
    private RunTransitions() {
    }

    /** Whether a run may go from one status to the other. */
    public static boolean allowed(RunStatus from, RunStatus to) {
        return from == RunStatus.RUNNING && to != RunStatus.RUNNING;
    }

    /** Whether a status is final: succeeded, failed or cancelled. */
    public static boolean terminal(RunStatus status) {
        return status != RunStatus.RUNNING;
    }

    /** Passes an allowed transition; raises {@link ReasonCode#INVALID_STATUS_TRANSITION} otherwise. */
    public static void require(RunId run, RunStatus from, RunStatus to) {
        if (!allowed(from, to)) {
            throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION,
                    "run " + run + " cannot go from " + from + " to " + to);
        }
    }
}
