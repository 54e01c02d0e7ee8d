package org.homecare.settlement.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A drawn sample of accepted logs for return visits, kept so findings can refer to it. */
@Entity
@Table(name = "audit_sample")
public class AuditSample {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String period;
    @Column(nullable = false)
    private int size;
    @Column(nullable = false)
    private String seed;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_sample_log", joinColumns = @JoinColumn(name = "sample_id"))
    @OrderColumn(name = "position")
    @Column(name = "service_log_id", nullable = false)
    private List<UUID> serviceLogIds = new ArrayList<>();

    protected AuditSample() {
    }

    public AuditSample(String period, int size, String seed, List<UUID> serviceLogIds, Instant createdAt,
            String createdBy) {
        this.id = UUID.randomUUID();
        this.period = period;
        this.size = size;
        this.seed = seed;
        this.serviceLogIds = new ArrayList<>(serviceLogIds);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public String period() {
        return period;
    }

    public int size() {
        return size;
    }

    public String seed() {
        return seed;
    }

    public List<UUID> serviceLogIds() {
        return List.copyOf(serviceLogIds);
    }
}
