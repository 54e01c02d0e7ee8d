package org.homecare.voucher.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A month whose run (expiry of the month before, then the month's credits) has finished. */
@Entity
@Table(name = "monthly_run")
public class MonthlyRunRecord {

    @Id
    private String period;

    @Column(nullable = false)
    private int expired;

    @Column(nullable = false)
    private int credited;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    protected MonthlyRunRecord() {
    }

    public String period() {
        return period;
    }

    public int expired() {
        return expired;
    }

    public int credited() {
        return credited;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
