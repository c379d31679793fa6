package io.runledger.storage.sql.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code run_steps}. */
@Entity
@Table(name = "run_steps")
@IdClass(StepKey.class)
public class StepEntity {
    @Id
    @Column(name = "run_id", length = 128)
    private String runId;

    @Id
    @Column(name = "step_id", length = 128)
    private String stepId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "status", nullable = false)
    private String status;

    @Convert(converter = InstantMicros.class)
    @Column(name = "started_at")
    private Instant startedAt;

    @Convert(converter = InstantMicros.class)
    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "stats", nullable = false)
    private String stats;

    protected StepEntity() {
    }

    public StepEntity(String runId, String stepId, String name, String status, Instant startedAt, Instant finishedAt,
                      String stats) {
        this.runId = runId;
        this.stepId = stepId;
        this.name = name;
        this.status = status;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.stats = stats;
    }

    public String runId() {
        return runId;
    }

    public String stepId() {
        return stepId;
    }

    public String name() {
        return name;
    }

    public String status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String stats() {
        return stats;
    }
}
