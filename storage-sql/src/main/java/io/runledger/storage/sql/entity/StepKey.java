package io.runledger.storage.sql.entity;

import java.io.Serializable;

/** The primary key of {@code run_steps}. */
public record StepKey(String runId, String stepId) implements Serializable {
}
