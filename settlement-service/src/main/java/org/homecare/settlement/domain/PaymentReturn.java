package org.homecare.settlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bank's answer that a payment did not reach the provider: the payment stays on record, returned. */
@Entity
@Table(name = "payment_return")
public class PaymentReturn {

    @Id
    private UUID id;
    @Column(name = "payment_id", nullable = false)
    private UUID paymentId;
    @Column(name = "statement_id", nullable = false)
    private UUID statementId;
    @Column(name = "returned_on", nullable = false)
    private LocalDate returnedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false)
    private ReturnReason reasonCode;
    @Column(nullable = false)
    private String reason;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected PaymentReturn() {
    }

    public PaymentReturn(Payment payment, LocalDate returnedOn, ReturnReason reasonCode, String reason,
            Instant recordedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.paymentId = payment.id();
        this.statementId = payment.statementId();
        this.returnedOn = returnedOn;
        this.reasonCode = reasonCode;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public UUID statementId() {
        return statementId;
    }

    public LocalDate returnedOn() {
        return returnedOn;
    }

    public ReturnReason reasonCode() {
        return reasonCode;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
