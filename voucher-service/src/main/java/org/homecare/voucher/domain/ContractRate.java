package org.homecare.voucher.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "contract_rate")
public class ContractRate {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String unit;

    @Column(name = "unit_price_fen", nullable = false)
    private long unitPriceFen;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "min_minutes")
    private Integer minMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_rounding")
    private UnitRounding unitRounding;

    protected ContractRate() {
    }

    public ContractRate(UUID contractId, String itemCode, String category, String unit, long unitPriceFen,
            LocalDate effectiveFrom, Integer minMinutes, UnitRounding unitRounding) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.itemCode = itemCode;
        this.category = category;
        this.unit = unit;
        this.unitPriceFen = unitPriceFen;
        this.effectiveFrom = effectiveFrom;
        this.minMinutes = minMinutes;
        this.unitRounding = unitRounding;
    }

    public UUID contractId() {
        return contractId;
    }

    public String itemCode() {
        return itemCode;
    }

    public String category() {
        return category;
    }

    public String unit() {
        return unit;
    }

    public long unitPriceFen() {
        return unitPriceFen;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Integer minMinutes() {
        return minMinutes;
    }

    public UnitRounding unitRounding() {
        return unitRounding;
    }
}
