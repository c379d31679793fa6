package io.runledger.storage.sql.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A row of {@code run_labels}: one {@code name=value} label of a run. */
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

    protected RunLabelEntity() {
    }

    public RunLabelEntity(String runId, String name, String value) {
        this.runId = runId;
        this.name = name;
        this.value = value;
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
