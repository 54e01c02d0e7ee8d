package org.homecare.provider.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One purchasable service of the catalogue. {@code ceilingPriceFen} is the most the city pays per unit until the first
 * {@link CatalogueCeiling} of the item. {@code minMinutes} is the shortest visit that counts as the service (null: no
 * minimum); {@code unitRounding}, of HOUR items only, how a visit's minutes become the hours it may bill.
 */
@Entity
@Table(name = "catalogue_item")
public class CatalogueItem {

    public enum Unit {
        VISIT, HOUR, MEAL
    }

    /** HALF_UP: 89 minutes bill 1 hour, 90 minutes 2. */
    public enum UnitRounding {
        UP, HALF_UP, DOWN
    }

    @Id
    private String code;

    @Column(nullable = false)
    private String category;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Unit unit;

    @Column(name = "ceiling_price_fen", nullable = false)
    private long ceilingPriceFen;

    @Column(name = "norm_minutes", nullable = false)
    private int normMinutes;

    @Column(name = "min_minutes")
    private Integer minMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_rounding")
    private UnitRounding unitRounding;

    protected CatalogueItem() {
    }

    public CatalogueItem(String code, String category, String nameZh, String nameEn, Unit unit, long ceilingPriceFen,
            int normMinutes, Integer minMinutes, UnitRounding unitRounding) {
        this.code = code;
        this.category = category;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.ceilingPriceFen = ceilingPriceFen;
        this.normMinutes = normMinutes;
        this.minMinutes = minMinutes;
        this.unitRounding = unitRounding;
    }

    public String code() {
        return code;
    }

    public String category() {
        return category;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Unit unit() {
        return unit;
    }

    public long ceilingPriceFen() {
        return ceilingPriceFen;
    }

    public int normMinutes() {
        return normMinutes;
    }

    public Integer minMinutes() {
        return minMinutes;
    }

    public UnitRounding unitRounding() {
        return unitRounding;
    }
}
