package org.homecare.voucher.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.homecare.contracts.ids.TimeOrderedIds;

/** Append-only: created by {@link Voucher#post}, never changed. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    private UUID id;

    @Column(name = "voucher_id", nullable = false, updatable = false)
    private UUID voucherId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LedgerEntryType type;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    private long amountFen;

    @Column(name = "balance_after_fen", nullable = false, updatable = false)
    private long balanceAfterFen;

    @Column(nullable = false, updatable = false)
    private String period;

    /** The balance of the entry's own period after it: a month's money is spent only by that month's logs. */
    @Column(name = "period_balance_after_fen", nullable = false, updatable = false)
    private long periodBalanceAfterFen;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected LedgerEntry() {
    }

    LedgerEntry(UUID voucherId, int seq, LedgerEntryType type, long amountFen, long balanceAfterFen, String period,
            long periodBalanceAfterFen, String reference, Instant at) {
        this.id = TimeOrderedIds.next(); // one per debit: the index grows at one end
        this.voucherId = voucherId;
        this.seq = seq;
        this.type = type;
        this.amountFen = amountFen;
        this.balanceAfterFen = balanceAfterFen;
        this.period = period;
        this.periodBalanceAfterFen = periodBalanceAfterFen;
        this.reference = reference;
        this.at = at;
    }

    public UUID id() {
        return id;
    }

    public UUID voucherId() {
        return voucherId;
    }

    public int seq() {
        return seq;
    }

    public LedgerEntryType type() {
        return type;
    }

    public long amountFen() {
        return amountFen;
    }

    public long balanceAfterFen() {
        return balanceAfterFen;
    }

    public String period() {
        return period;
    }

    public long periodBalanceAfterFen() {
        return periodBalanceAfterFen;
    }

    public String reference() {
        return reference;
    }

    public Instant at() {
        return at;
    }
}
