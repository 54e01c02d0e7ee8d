package org.homecare.settlement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class StatementLine {

    @Column(name = "item_code", nullable = false)
    private String itemCode;
    @Column(name = "log_count", nullable = false)
    private long logCount;
    @Column(nullable = false)
    private long units;
    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    protected StatementLine() {
    }

    public StatementLine(String itemCode, long logCount, long units, long amountFen) {
        this.itemCode = itemCode;
        this.logCount = logCount;
        this.units = units;
        this.amountFen = amountFen;
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
