package org.homecare.settlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rejected log, kept for the rejections report; reasons comma-separated (codes never contain commas). */
@Entity
@Table(name = "rejected_log")
public class RejectedLog {

    @Id
    private UUID id;
    @Column(name = "provider_log_id")
    private String providerLogId;
    @Column(name = "provider_id", nullable = false)
    private UUID providerId;
    @Column(name = "elder_id")
    private UUID elderId;
    @Column(name = "caregiver_id")
    private UUID caregiverId;
    @Column(name = "item_code")
    private String itemCode;
    @Column(name = "district_code")
    private String districtCode;
    @Column(nullable = false)
    private String reasons;
    @Column(name = "service_date")
    private LocalDate serviceDate;
    @Column(nullable = false)
    private String period;
    @Column(name = "rejected_at", nullable = false)
    private Instant rejectedAt;
    /** The ServiceLogRejected event that brought it (null for logs kept before event ids were recorded here). */
    @Column(name = "event_id")
    private UUID eventId;

    protected RejectedLog() {
    }

    public RejectedLog(UUID eventId, UUID id, String providerLogId, UUID providerId, UUID elderId, UUID caregiverId,
            String itemCode, String districtCode, List<String> reasons, LocalDate serviceDate, String period,
            Instant rejectedAt) {
        this.eventId = eventId;
        this.id = id;
        this.providerLogId = providerLogId;
        this.providerId = providerId;
        this.elderId = elderId;
        this.caregiverId = caregiverId;
        this.itemCode = itemCode;
        this.districtCode = districtCode;
        this.reasons = String.join(",", reasons);
        this.serviceDate = serviceDate;
        this.period = period;
        this.rejectedAt = rejectedAt;
    }

    public UUID id() {
        return id;
    }

    public String providerLogId() {
        return providerLogId;
    }

    public UUID providerId() {
        return providerId;
    }

    public UUID elderId() {
        return elderId;
    }

    public UUID caregiverId() {
        return caregiverId;
    }

    public String itemCode() {
        return itemCode;
    }

    public String districtCode() {
        return districtCode;
    }

    /** Comma-separated reason codes. */
    public String reasons() {
        return reasons;
    }

    public LocalDate serviceDate() {
        return serviceDate;
    }

    public String period() {
        return period;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }

    public UUID eventId() {
        return eventId;
    }
}
