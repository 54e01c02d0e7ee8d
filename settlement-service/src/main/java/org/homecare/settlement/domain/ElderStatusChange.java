package org.homecare.settlement.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A revocation of an elder's eligibility (reason DECEASED for a death), for the anomaly report. */
@Entity
@Table(name = "elder_status_change")
public class ElderStatusChange {

    @Id
    private UUID id;
    @Column(name = "elder_id", nullable = false)
    private UUID elderId;
    @Column(nullable = false)
    private String reason;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    protected ElderStatusChange() {
    }

    public ElderStatusChange(UUID elderId, String reason, LocalDate effectiveFrom) {
        this.id = UUID.randomUUID();
        this.elderId = elderId;
        this.reason = reason;
        this.effectiveFrom = effectiveFrom;
    }

    public UUID elderId() {
        return elderId;
    }

    public String reason() {
        return reason;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
