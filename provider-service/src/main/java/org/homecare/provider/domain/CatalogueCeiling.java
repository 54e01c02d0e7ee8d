package org.homecare.provider.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A later ceiling price of a catalogue item, in force from {@code effectiveFrom} until the next one. */
@Entity
@Table(name = "catalogue_ceiling")
public class CatalogueCeiling {

    @Id
    private UUID id;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(name = "ceiling_price_fen", nullable = false)
    private long ceilingPriceFen;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CatalogueCeiling() {
    }

    public CatalogueCeiling(UUID id, String itemCode, long ceilingPriceFen, LocalDate effectiveFrom,
            Instant createdAt) {
        this.id = id;
        this.itemCode = itemCode;
        this.ceilingPriceFen = ceilingPriceFen;
        this.effectiveFrom = effectiveFrom;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String itemCode() {
        return itemCode;
    }

    public long ceilingPriceFen() {
        return ceilingPriceFen;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
