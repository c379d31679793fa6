package io.runledger.storage.sql.entity;

import java.io.Serializable;

/** The primary key of {@code run_labels}. */
public record RunLabelKey(String runId, String name) implements Serializable {
}
