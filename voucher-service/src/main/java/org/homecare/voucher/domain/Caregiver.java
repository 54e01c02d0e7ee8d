package org.homecare.voucher.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A caregiver as provider.v1 announced it; personKey recognises the same person at another provider. */
@Entity
@Table(name = "caregiver")
public class Caregiver {

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "person_key", nullable = false)
    private String personKey;

    @Column(name = "active_from")
    private LocalDate activeFrom;

    /** first day on which the caregiver no longer works for the provider */
    @Column(name = "active_until")
    private LocalDate activeUntil;

    protected Caregiver() {
    }

    public Caregiver(UUID id, UUID providerId, String personKey) {
        this.id = id;
        this.providerId = providerId;
        this.personKey = personKey;
    }

    /** A caregiver as stored, read by plain SQL on the batch redemption path (not managed, never changed there). */
    public static Caregiver stored(UUID id, UUID providerId, String personKey, LocalDate activeFrom,
            LocalDate activeUntil) {
        Caregiver caregiver = new Caregiver(id, providerId, personKey);
        caregiver.activeFrom = activeFrom;
        caregiver.activeUntil = activeUntil;
        return caregiver;
    }

    public void register(UUID providerId, String personKey, LocalDate from) {
        this.providerId = providerId;
        this.personKey = personKey;
        this.activeFrom = from;
        this.activeUntil = null;
    }

    public void deactivate(LocalDate from) {
        this.activeUntil = from;
    }

    public boolean worksFor(UUID provider, LocalDate date) {
        return providerId.equals(provider) && activeFrom != null && !date.isBefore(activeFrom)
                && (activeUntil == null || date.isBefore(activeUntil));
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public String personKey() {
        return personKey;
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }

    public LocalDate activeUntil() {
        return activeUntil;
    }
}
