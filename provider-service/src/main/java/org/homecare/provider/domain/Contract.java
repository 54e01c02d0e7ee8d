package org.homecare.provider.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A provider's contract with the city for [validFrom, validTo] in some of its districts. Ending it early sets
 * {@code endedOn}, the last day it covers. Its prices are {@link ContractRate}s.
 */
@Entity
@Table(name = "contract")
public class Contract {

    public enum Status {
        ACTIVE, ENDED
    }

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_district", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "district_code", nullable = false)
    private Set<String> districtCodes = new TreeSet<>();

    protected Contract() {
    }

    public Contract(UUID id, UUID providerId, LocalDate validFrom, LocalDate validTo, Set<String> districtCodes,
            Instant createdAt) {
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo before validFrom");
        }
        this.id = id;
        this.providerId = providerId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.districtCodes = new TreeSet<>(districtCodes);
        this.status = Status.ACTIVE;
        this.createdAt = createdAt;
    }

    /** The last day the contract covers: validTo, or the day it was ended on. */
    public LocalDate lastDay() {
        return endedOn != null ? endedOn : validTo;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(lastDay());
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(validFrom) && !from.isAfter(lastDay());
    }

    /**
     * Ends the contract after {@code lastDay}; a last day before validFrom cancels a contract that has not started.
     *
     * @throws IllegalTransitionException when already ended
     */
    public void end(LocalDate lastDay, String reason) {
        if (status != Status.ACTIVE) {
            throw new IllegalTransitionException("contract " + id, status.name(), "end");
        }
        if (lastDay.isAfter(validTo)) {
            throw new IllegalArgumentException("a contract cannot end after its period");
        }
        status = Status.ENDED;
        endedOn = lastDay;
        endReason = reason;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Status status() {
        return status;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endReason() {
        return endReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<String> districtCodes() {
        return new TreeSet<>(districtCodes);
    }
}
