package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A run that evaluates every elder as of a date, batch by batch in elder id order. {@code lastElderId} and the counts
 * are written in the transaction of each batch, so after a crash the run continues after the last committed batch.
 */
@Entity
@Table(name = "recertification_run")
public class RecertificationRun {

    public enum Status {
        QUEUED, RUNNING, COMPLETED
    }

    @Id
    private UUID id;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "requested_by", nullable = false, length = 200)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "last_elder_id")
    private UUID lastElderId;

    @Column(nullable = false)
    private int batches;

    @Column(nullable = false)
    private long evaluated;

    @Column(nullable = false)
    private long granted;

    @Column(nullable = false)
    private long changed;

    @Column(nullable = false)
    private long revoked;

    @Column(nullable = false)
    private long unchanged;

    protected RecertificationRun() {
    }

    public RecertificationRun(LocalDate asOf, String requestedBy, OffsetDateTime requestedAt) {
        this.id = UUID.randomUUID();
        this.asOf = asOf;
        this.status = Status.QUEUED;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void start(OffsetDateTime at) {
        if (status == Status.QUEUED) {
            status = Status.RUNNING;
            startedAt = at;
        }
    }

    public void recordBatch(UUID lastElderIdOfBatch, long granted, long changed, long revoked, long unchanged) {
        this.lastElderId = lastElderIdOfBatch;
        this.batches++;
        this.granted += granted;
        this.changed += changed;
        this.revoked += revoked;
        this.unchanged += unchanged;
        this.evaluated += granted + changed + revoked + unchanged;
    }

    public void complete(OffsetDateTime at) {
        status = Status.COMPLETED;
        finishedAt = at;
    }

    public UUID id() {
        return id;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Status status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }

    public UUID lastElderId() {
        return lastElderId;
    }

    public int batches() {
        return batches;
    }

    public long evaluated() {
        return evaluated;
    }

    public long granted() {
        return granted;
    }

    public long changed() {
        return changed;
    }

    public long revoked() {
        return revoked;
    }

    public long unchanged() {
        return unchanged;
    }
}
