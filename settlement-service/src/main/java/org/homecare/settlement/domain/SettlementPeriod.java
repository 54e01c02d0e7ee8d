package org.homecare.settlement.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "settlement_period")
public class SettlementPeriod {

    public enum Status {
        OPEN, CLOSED
    }

    @Id
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    protected SettlementPeriod() {
    }

    public String period() {
        return period;
    }

    public Status status() {
        return status;
    }

    public boolean isClosed() {
        return status == Status.CLOSED;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public void close(Instant at, String by) {
        if (isClosed()) {
            throw new IllegalStateException("period " + period + " is already closed");
        }
        this.status = Status.CLOSED;
        this.closedAt = at;
        this.closedBy = by;
    }
}
