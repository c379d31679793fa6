package io.runledger.reliability.soak;

/** What a soak client does, one request (or, for paging, one page) at a time. */
public enum Operation {
    CREATE_RUN, FINISH_RUN, CREATE_STEP, STEP_TRANSITION, APPEND_ONE, APPEND_BATCH, GET_RUN, LIST_RUNS_PAGE, AUDIT_BY_RUN
}
