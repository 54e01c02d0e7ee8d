package org.homecare.settlement.domain;

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
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderStatus status;
    private String reason;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    protected ProviderStatusChange() {
    }

    public ProviderStatusChange(UUID providerId, ProviderStatus status, String reason, LocalDate effectiveFrom) {
        this.id = UUID.randomUUID();
        this.providerId = providerId;
        this.status = status;
        this.reason = reason;
        this.effectiveFrom = effectiveFrom;
    }

    public UUID providerId() {
        return providerId;
    }

    public ProviderStatus status() {
        return status;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
