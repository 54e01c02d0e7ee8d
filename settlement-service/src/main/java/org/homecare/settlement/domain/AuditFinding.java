package org.homecare.settlement.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an auditor found about one service log (on a return visit or otherwise). */
@Entity
@Table(name = "audit_finding")
public class AuditFinding {

    public enum Verdict {
        CONFIRMED, NOT_DELIVERED, PARTIALLY_DELIVERED, QUALITY_ISSUE
    }

    @Id
    private UUID id;
    @Column(name = "service_log_id", nullable = false)
    private UUID serviceLogId;
    @Column(name = "sample_id")
    private UUID sampleId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict;
    @Column(nullable = false)
    private String note;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected AuditFinding() {
    }

    public AuditFinding(UUID serviceLogId, UUID sampleId, Verdict verdict, String note, Instant createdAt,
            String createdBy) {
        this.id = UUID.randomUUID();
        this.serviceLogId = serviceLogId;
        this.sampleId = sampleId;
        this.verdict = verdict;
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public UUID serviceLogId() {
        return serviceLogId;
    }

    public UUID sampleId() {
        return sampleId;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
