package io.runledger.storage.sql.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code run_labels}: one {@code name=value} label of a run, with copies of the run's creation
 * time, status and finish time for the per-label aggregates (written, never read through this entity).
 */
@Entity
@Table(name = "run_labels")
@IdClass(RunLabelKey.class)
public class RunLabelEntity {
    @Id
    @Column(name = "run_id", length = 128)
    private String runId;

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "value", nullable = false)
    private String value;

    @Convert(converter = InstantMicros.class)
    @Column(name = "run_created_at", nullable = false)
    private Instant runCreatedAt;

    @Column(name = "run_status", nullable = false)
    private String runStatus;

    @Convert(converter = InstantMicros.class)
    @Column(name = "run_finished_at")
    private Instant runFinishedAt;

    protected RunLabelEntity() {
    }

    public RunLabelEntity(String runId, String name, String value, Instant runCreatedAt, String runStatus,
                          Instant runFinishedAt) {
        this.runId = runId;
        this.name = name;
        this.value = value;
        this.runCreatedAt = runCreatedAt;
        this.runStatus = runStatus;
        this.runFinishedAt = runFinishedAt;
    }

    public String runId() {
        return runId;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }
}
