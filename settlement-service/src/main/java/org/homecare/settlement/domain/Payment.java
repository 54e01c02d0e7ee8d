package org.homecare.settlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "payment")
public class Payment {

    @Id
    private UUID id;
    @Column(name = "statement_id", nullable = false)
    private UUID statementId;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;
    @Column(name = "bank_reference", nullable = false)
    private String bankReference;
    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Payment() {
    }

    public Payment(UUID statementId, long amountFen, String bankReference, LocalDate paidOn, Instant recordedAt,
            String recordedBy) {
        this.id = UUID.randomUUID();
        this.statementId = statementId;
        this.amountFen = amountFen;
        this.bankReference = bankReference;
        this.paidOn = paidOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID statementId() {
        return statementId;
    }

    public long amountFen() {
        return amountFen;
    }

    public String bankReference() {
        return bankReference;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
