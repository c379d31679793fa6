package io.runledger.storage.sql.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code audit_log}; {@code runId} is null for an event that belongs to no run. {@code seq} and
 * {@code chain} are the event's audit chain position, written with the row and never read back here
 * (the chain is read in bulk, {@code AuditEventRows}).
 */
@Entity
@Table(name = "audit_log")
public class AuditEventEntity {
    @Id
    @Column(name = "event_id", length = 128)
    private String eventId;

    @Convert(converter = InstantMicros.class)
    @Column(name = "ts", nullable = false)
    private Instant ts;

    @Column(name = "level", nullable = false)
    private String level;

    @Column(name = "run_id", length = 128)
    private String runId;

    @Column(name = "scope", nullable = false)
    private String scope;

    @Column(name = "event", nullable = false)
    private String event;

    @Column(name = "message", nullable = false)
    private String message;

    @Column(name = "data", nullable = false)
    private String data;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "chain", length = 64, nullable = false)
    private String chain;

    protected AuditEventEntity() {
    }

    public AuditEventEntity(String eventId, Instant ts, String level, String runId, String scope, String event,
                            String message, String data, long seq, String chain) {
        this.eventId = eventId;
        this.ts = ts;
        this.level = level;
        this.runId = runId;
        this.scope = scope;
        this.event = event;
        this.message = message;
        this.data = data;
        this.seq = seq;
        this.chain = chain;
    }

    public String eventId() {
        return eventId;
    }

    public Instant ts() {
        return ts;
    }

    public String level() {
        return level;
    }

    public String runId() {
        return runId;
    }

    public String scope() {
        return scope;
    }

    public String event() {
        return event;
    }

    public String message() {
        return message;
    }

    public String data() {
        return data;
    }
}
