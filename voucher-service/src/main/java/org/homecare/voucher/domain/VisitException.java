package org.homecare.voucher.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.homecare.contracts.ids.TimeOrderedIds;

/**
 * A check a held log failed: OPEN until the provider resolves it with a reason (within the month's submission window),
 * then RESOLVED; city-admin may accept (ACCEPTED) or reject (REJECTED: the log is voided) the resolution while the
 * window runs. One still OPEN when the window ends is VOIDED with its log. A log is payable once none of its
 * exceptions is OPEN.
 */
@Entity
@Table(name = "visit_exception")
public class VisitException {

    @Id
    private UUID id;

    @Column(name = "service_log_id", nullable = false)
    private UUID serviceLogId;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "voucher_id", nullable = false)
    private UUID voucherId;

    @Column(name = "district_code")
    private String districtCode;

    @Column(nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitExceptionCode code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitExceptionStatus status;

    @Column(nullable = false)
    private String detail;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_code")
    private ResolutionReason resolutionCode;

    @Column(name = "resolution_note")
    private String resolutionNote;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    protected VisitException() {
    }

    public static VisitException raise(ServiceLog log, VisitCheck.Finding finding, Instant at) {
        VisitException exception = new VisitException();
        exception.id = TimeOrderedIds.next();
        exception.serviceLogId = log.id();
        exception.providerId = log.providerId();
        exception.voucherId = log.voucherId();
        exception.districtCode = log.districtCode();
        exception.period = log.period();
        exception.code = finding.code();
        exception.status = VisitExceptionStatus.OPEN;
        exception.detail = finding.detail();
        exception.raisedAt = at;
        return exception;
    }

    /** @throws IllegalStateException when it is not OPEN (the caller answers 409) */
    public void resolve(ResolutionReason reason, String note, String by, Instant at) {
        require(status == VisitExceptionStatus.OPEN, "only an open exception can be resolved");
        status = VisitExceptionStatus.RESOLVED;
        resolutionCode = reason;
        resolutionNote = note;
        resolvedBy = by;
        resolvedAt = at;
    }

    /** @throws IllegalStateException when it is not RESOLVED */
    public void decide(boolean accepted, String note, String by, Instant at) {
        require(status == VisitExceptionStatus.RESOLVED, "only a resolved exception can be decided");
        status = accepted ? VisitExceptionStatus.ACCEPTED : VisitExceptionStatus.REJECTED;
        decisionNote = note;
        decidedBy = by;
        decidedAt = at;
    }

    /** The log is voided for another reason (a rejection of another of its exceptions, the window's end). */
    public void voidWithLog(Instant at) {
        if (status == VisitExceptionStatus.OPEN || status == VisitExceptionStatus.RESOLVED) {
            status = VisitExceptionStatus.VOIDED;
            decidedAt = at;
        }
    }

    private void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message + "; visit exception " + id + " is " + status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID serviceLogId() {
        return serviceLogId;
    }

    public UUID providerId() {
        return providerId;
    }

    public UUID voucherId() {
        return voucherId;
    }

    public String districtCode() {
        return districtCode;
    }

    public String period() {
        return period;
    }

    public VisitExceptionCode code() {
        return code;
    }

    public VisitExceptionStatus status() {
        return status;
    }

    public boolean open() {
        return status == VisitExceptionStatus.OPEN;
    }

    public String detail() {
        return detail;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public ResolutionReason resolutionCode() {
        return resolutionCode;
    }

    public String resolutionNote() {
        return resolutionNote;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }
}
