package org.homecare.provider.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A version of the account the city pays a provider's statements to (收款账户), in force from {@link #effectiveFrom}
 * until a later version starts. Written once, never changed: the versions are the account's history.
 */
@Entity
@Table(name = "payee_account")
public class PayeeAccount {

    @Id
    private UUID id;

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

    /** Why the account name differs from the provider's registered name; null where it does not. */
    @Column(name = "name_reason")
    private String nameReason;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected PayeeAccount() {
    }

    public PayeeAccount(UUID providerId, PayeeDetails details, LocalDate effectiveFrom, Instant recordedAt,
            String recordedBy) {
        this.id = UUID.randomUUID();
        this.providerId = providerId;
        this.accountName = details.accountName();
        this.bankName = details.bankName();
        this.bankCode = details.bankCode();
        this.accountNumber = details.accountNumber();
        this.nameReason = details.nameReason();
        this.effectiveFrom = effectiveFrom;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public PayeeDetails details() {
        return new PayeeDetails(accountName, bankName, bankCode, accountNumber, nameReason);
    }

    public String accountName() {
        return accountName;
    }

    public String bankName() {
        return bankName;
    }

    public String bankCode() {
        return bankCode;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public String nameReason() {
        return nameReason;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
