package org.homecare.voucher.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "provider_status_change")
public class ProviderStatusChange {

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderStatus status;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    protected ProviderStatusChange() {
    }

    public ProviderStatusChange(UUID providerId, int seq, ProviderStatus status, LocalDate effectiveFrom) {
        this.id = UUID.randomUUID();
        this.providerId = providerId;
        this.seq = seq;
        this.status = status;
        this.effectiveFrom = effectiveFrom;
    }

    public UUID providerId() {
        return providerId;
    }

    public int seq() {
        return seq;
    }

    public ProviderStatus status() {
        return status;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
