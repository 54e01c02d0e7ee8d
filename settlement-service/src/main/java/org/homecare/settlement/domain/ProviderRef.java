package org.homecare.settlement.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provider as settlement knows it from provider.v1: name and credit code for statements and payments. */
@Entity
@Table(name = "provider_ref")
public class ProviderRef {

    @Id
    private UUID id;
    @Column(name = "credit_code", nullable = false)
    private String creditCode;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderStatus status;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProviderRef() {
    }

    public static ProviderRef approved(UUID id, String creditCode, String name, Instant at) {
        ProviderRef p = new ProviderRef();
        p.id = id;
        p.creditCode = creditCode;
        p.name = name;
        p.status = ProviderStatus.APPROVED;
        p.updatedAt = at;
        return p;
    }

    public void rename(String creditCode, String name, Instant at) {
        this.creditCode = creditCode;
        this.name = name;
        this.updatedAt = at;
    }

    public void changeStatus(ProviderStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String creditCode() {
        return creditCode;
    }

    public String name() {
        return name;
    }

    public ProviderStatus status() {
        return status;
    }
}
