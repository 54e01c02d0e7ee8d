package org.homecare.provider.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a provider's status history; written once, never changed. */
@Entity
@Table(name = "provider_status_change")
public class ProviderStatusChange {

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ProviderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private ProviderStatus toStatus;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    protected ProviderStatusChange() {
    }

    public ProviderStatusChange(UUID id, UUID providerId, ProviderStatus fromStatus, ProviderStatus toStatus,
            String reason, String actor, Instant at, LocalDate effectiveOn) {
        this.id = id;
        this.providerId = providerId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.actor = actor;
        this.at = at;
        this.effectiveOn = effectiveOn;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public ProviderStatus fromStatus() {
        return fromStatus;
    }

    public ProviderStatus toStatus() {
        return toStatus;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }
}
