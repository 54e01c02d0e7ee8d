package org.homecare.provider.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One price of a contract's rate card, in force from {@code effectiveFrom} until the item's next price. */
@Entity
@Table(name = "contract_rate")
public class ContractRate {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(name = "unit_price_fen", nullable = false)
    private long unitPriceFen;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContractRate() {
    }

    public ContractRate(UUID id, UUID contractId, String itemCode, long unitPriceFen, LocalDate effectiveFrom,
            Instant createdAt) {
        this.id = id;
        this.contractId = contractId;
        this.itemCode = itemCode;
        this.unitPriceFen = unitPriceFen;
        this.effectiveFrom = effectiveFrom;
        this.createdAt = createdAt;
    }

    public RateCard.Price price() {
        return new RateCard.Price(itemCode, unitPriceFen, effectiveFrom);
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String itemCode() {
        return itemCode;
    }

    public long unitPriceFen() {
        return unitPriceFen;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
