package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An ability assessment (GB/T 42195-2022, level 0 intact to 4 total loss), in force from the day it was made. */
@Entity
@Table(name = "elder_assessment")
public class Assessment {

    @Id
    private UUID id;

    @Column(name = "elder_id", nullable = false)
    private UUID elderId;

    @Column(nullable = false)
    private int level;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(nullable = false, length = 100)
    private String assessor;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    protected Assessment() {
    }

    public Assessment(UUID elderId, int level, LocalDate assessedOn, String assessor, OffsetDateTime recordedAt,
            String recordedBy) {
        this.id = UUID.randomUUID();
        this.elderId = elderId;
        this.level = level;
        this.assessedOn = assessedOn;
        this.assessor = assessor;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID elderId() {
        return elderId;
    }

    public int level() {
        return level;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String assessor() {
        return assessor;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
