package org.homecare.settlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A version of a provider's payee account as settlement learnt it from provider.v1 ({@code ProviderPayeeChanged}). */
@Entity
@Table(name = "payee_account")
public class PayeeRef {

    @Id
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "provider_id", nullable = false)
    private UUID providerId;
    @Column(name = "account_name", nullable = false)
    private String accountName;
    @Column(name = "bank_name", nullable = false)
    private String bankName;
    @Column(name = "bank_code", nullable = false)
    private String bankCode;
    @Column(name = "account_number", nullable = false)
    private String accountNumber;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected PayeeRef() {
    }

    public PayeeRef(UUID eventId, UUID providerId, Payee payee, LocalDate effectiveFrom, Instant receivedAt) {
        this.eventId = eventId;
        this.providerId = providerId;
        this.accountName = payee.accountName();
        this.bankName = payee.bankName();
        this.bankCode = payee.bankCode();
        this.accountNumber = payee.accountNumber();
        this.effectiveFrom = effectiveFrom;
        this.receivedAt = receivedAt;
    }

    public Payee payee() {
        return new Payee(accountName, bankName, bankCode, accountNumber);
    }

    public UUID providerId() {
        return providerId;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
