package io.runledger.storage.sql.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code runs}; statuses are stored by wire name, JSON as canonical text. */
@Entity
@Table(name = "runs")
public class RunEntity {
    @Id
    @Column(name = "run_id", length = 128)
    private String runId;

    @Convert(converter = InstantMicros.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "args", nullable = false)
    private String args;

    @Column(name = "git_sha")
    private String gitSha;

    @Column(name = "config_hash")
    private String configHash;

    @Column(name = "status", nullable = false)
    private String status;

    @Convert(converter = InstantMicros.class)
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected RunEntity() {
    }

    public RunEntity(String runId, Instant createdAt, String args, String gitSha, String configHash, String status,
                     Instant finishedAt) {
        this.runId = runId;
        this.createdAt = createdAt;
        this.args = args;
        this.gitSha = gitSha;
        this.configHash = configHash;
        this.status = status;
        this.finishedAt = finishedAt;
    }

    public String runId() {
        return runId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String args() {
        return args;
    }

    public String gitSha() {
        return gitSha;
    }

    public String configHash() {
        return configHash;
    }

    public String status() {
        return status;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
