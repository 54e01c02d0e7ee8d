package org.homecare.settlement.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Running total of the logs counted in their own period, per provider and item (written by an upsert). */
@Entity
@Table(name = "provider_item_total")
public class ProviderItemTotal {

    @Id
    private UUID id;
    @Column(name = "provider_id", nullable = false)
    private UUID providerId;
    @Column(nullable = false)
    private String period;
    @Column(name = "item_code", nullable = false)
    private String itemCode;
    @Column(name = "log_count", nullable = false)
    private long logCount;
    @Column(nullable = false)
    private long units;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    protected ProviderItemTotal() {
    }

    public UUID providerId() {
        return providerId;
    }

    public String period() {
        return period;
    }

    public String itemCode() {
        return itemCode;
    }

    public long logCount() {
        return logCount;
    }

    public long units() {
        return units;
    }

    public long amountFen() {
        return amountFen;
    }
}
