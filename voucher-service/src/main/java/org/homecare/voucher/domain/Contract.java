package org.homecare.voucher.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "contract")
public class Contract {

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "district_codes", nullable = false)
    private String districtCodes;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Contract() {
    }

    public Contract(UUID id, UUID providerId) {
        this.id = id;
        this.providerId = providerId;
    }

    public void activate(LocalDate validFrom, LocalDate validTo, Collection<String> districtCodes) {
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.districtCodes = CodeList.join(districtCodes);
        this.endedOn = null;
    }

    public void end(LocalDate endedOn) {
        this.endedOn = endedOn;
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

    public LocalDate endedOn() {
        return endedOn;
    }

    public Set<String> districtCodes() {
        return CodeList.split(districtCodes);
    }
}
