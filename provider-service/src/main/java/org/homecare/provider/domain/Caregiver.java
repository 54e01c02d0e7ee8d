package org.homecare.provider.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A caregiver (护理员) of one provider. Deactivation keeps the row, so the history of who worked where stays. The
 * identity number never leaves this service in clear: other services get {@code personKey}.
 */
@Entity
@Table(name = "caregiver")
public class Caregiver {

    public enum Status {
        ACTIVE, INACTIVE
    }

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "id_number", nullable = false)
    private String idNumber;

    @Column(name = "person_key", nullable = false)
    private String personKey;

    @Column(nullable = false)
    private String name;

    @Column(name = "certification_level", nullable = false)
    private int certificationLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "deactivated_on")
    private LocalDate deactivatedOn;

    @Version
    private long version;

    protected Caregiver() {
    }

    public Caregiver(UUID id, UUID providerId, String idNumber, String personKey, String name, int certificationLevel,
            LocalDate registeredOn) {
        this.id = id;
        this.providerId = providerId;
        this.idNumber = idNumber;
        this.personKey = personKey;
        this.name = name;
        this.certificationLevel = certificationLevel;
        this.registeredOn = registeredOn;
        this.status = Status.ACTIVE;
    }

    /** @throws IllegalTransitionException when already inactive */
    public void deactivate(LocalDate on) {
        if (status != Status.ACTIVE) {
            throw new IllegalTransitionException("caregiver " + id, status.name(), "deactivate");
        }
        status = Status.INACTIVE;
        deactivatedOn = on;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public String idNumber() {
        return idNumber;
    }

    public String personKey() {
        return personKey;
    }

    public String name() {
        return name;
    }

    public int certificationLevel() {
        return certificationLevel;
    }

    public Status status() {
        return status;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public LocalDate deactivatedOn() {
        return deactivatedOn;
    }
}
