package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded change of one fact: what, from when, recorded when and by whom. Never updated. */
@Entity
@Table(name = "elder_fact")
public class FactRecord {

    @Id
    private UUID id;

    @Column(name = "elder_id", nullable = false)
    private UUID elderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FactName fact;

    @Column(name = "fact_value", nullable = false, length = 100)
    private String value;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    protected FactRecord() {
    }

    public FactRecord(UUID elderId, FactName fact, String value, LocalDate effectiveFrom, OffsetDateTime recordedAt,
            String recordedBy) {
        this.id = UUID.randomUUID();
        this.elderId = elderId;
        this.fact = fact;
        this.value = value;
        this.effectiveFrom = effectiveFrom;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID elderId() {
        return elderId;
    }

    public FactName fact() {
        return fact;
    }

    public String value() {
        return value;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
