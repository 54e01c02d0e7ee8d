package org.homecare.voucher.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "closed_period")
public class ClosedPeriod {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String period;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    protected ClosedPeriod() {
    }

    public ClosedPeriod(String period, Instant closedAt) {
        this.id = UUID.randomUUID();
        this.period = period;
        this.closedAt = closedAt;
    }

    public String period() {
        return period;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
