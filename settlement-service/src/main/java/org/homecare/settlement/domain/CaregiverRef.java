package org.homecare.settlement.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A caregiver known by the keyed hash of the identity number only, to see one person working for two providers. */
@Entity
@Table(name = "caregiver_ref")
public class CaregiverRef {

    @Id
    private UUID id;
    @Column(name = "provider_id", nullable = false)
    private UUID providerId;
    @Column(name = "person_key", nullable = false)
    private String personKey;
    @Column(name = "certification_level", nullable = false)
    private int certificationLevel;
    @Column(name = "registered_from", nullable = false)
    private LocalDate registeredFrom;
    @Column(name = "deactivated_from")
    private LocalDate deactivatedFrom;

    protected CaregiverRef() {
    }

    public CaregiverRef(UUID id, UUID providerId, String personKey, int certificationLevel, LocalDate registeredFrom) {
        this.id = id;
        this.providerId = providerId;
        this.personKey = personKey;
        this.certificationLevel = certificationLevel;
        this.registeredFrom = registeredFrom;
    }

    public void deactivate(LocalDate from) {
        this.deactivatedFrom = from;
    }

    public UUID id() {
        return id;
    }

    public String personKey() {
        return personKey;
    }
}
