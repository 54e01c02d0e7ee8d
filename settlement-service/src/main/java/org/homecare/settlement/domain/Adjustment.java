package org.homecare.settlement.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An amount (signed fen) owed to or reclaimed from a provider in the statement of a period still open. */
@Entity
@Table(name = "adjustment")
public class Adjustment {

    public enum Kind {
        /** a log accepted after its period closed */
        LATE_ACCEPT,
        /** a log voided after the period that paid it closed */
        LATE_VOID,
        /** recorded by the city */
        CITY,
        /** recorded from an auditor's finding */
        AUDIT_FINDING,
        /** a correction of the statement itself, when the city resolves the provider's dispute */
        DISPUTE_RESOLUTION
    }

    @Id
    private UUID id;
    @Column(name = "provider_id", nullable = false)
    private UUID providerId;
    /** The log the amount is for; null for a dispute correction that names none. */
    @Column(name = "service_log_id")
    private UUID serviceLogId;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    @Column(nullable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "finding_id")
    private UUID findingId;
    @Column(name = "origin_period", nullable = false)
    private String originPeriod;
    @Column(name = "target_period", nullable = false)
    private String targetPeriod;
    @Column(name = "statement_id")
    private UUID statementId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Adjustment() {
    }

    public Adjustment(UUID providerId, UUID serviceLogId, long amountFen, String reason, Kind kind, UUID findingId,
            String originPeriod, String targetPeriod, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.providerId = providerId;
        this.serviceLogId = serviceLogId;
        this.amountFen = amountFen;
        this.reason = reason;
        this.kind = kind;
        this.findingId = findingId;
        this.originPeriod = originPeriod;
        this.targetPeriod = targetPeriod;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A correction that a dispute's resolution writes straight onto the disputed statement. */
    public static Adjustment correction(Statement statement, UUID serviceLogId, long amountFen, String reason,
            Instant at, String by) {
        Adjustment a = new Adjustment(statement.providerId(), serviceLogId, amountFen, reason, Kind.DISPUTE_RESOLUTION,
                null, statement.period(), statement.period(), at, by);
        a.statementId = statement.id();
        return a;
    }

    public void settleIn(UUID statementId) {
        if (this.statementId != null) {
            throw new IllegalStateException("adjustment " + id + " is already in statement " + this.statementId);
        }
        this.statementId = statementId;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public UUID serviceLogId() {
        return serviceLogId;
    }

    public long amountFen() {
        return amountFen;
    }

    public String reason() {
        return reason;
    }

    public Kind kind() {
        return kind;
    }

    public UUID findingId() {
        return findingId;
    }

    public String originPeriod() {
        return originPeriod;
    }

    public String targetPeriod() {
        return targetPeriod;
    }

    public UUID statementId() {
        return statementId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
