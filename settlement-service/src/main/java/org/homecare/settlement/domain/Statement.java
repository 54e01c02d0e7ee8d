package org.homecare.settlement.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the city owes one provider for one period. Lines and adjustments are fixed when the period closes; only the
 * workflow status moves afterwards, and not at all once paid.
 */
@Entity
@Table(name = "statement")
public class Statement {

    @Id
    private UUID id;
    @Column(name = "provider_id", nullable = false)
    private UUID providerId;
    @Column(nullable = false)
    private String period;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatementStatus status;
    @Column(name = "lines_fen", nullable = false)
    private long linesFen;
    @Column(name = "adjustments_fen", nullable = false)
    private long adjustmentsFen;
    @Column(name = "total_fen", nullable = false)
    private long totalFen;
    @Column(name = "dispute_reason")
    private String disputeReason;
    /** The account the city approved the payment to; null until approved, or where the provider had none. */
    @Embedded
    private Payee payee;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "statement_line", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderBy("itemCode")
    private List<StatementLine> lines = new ArrayList<>();

    protected Statement() {
    }

    public static Statement build(UUID providerId, String period, List<StatementLine> lines, long adjustmentsFen,
            Instant at) {
        Statement s = new Statement();
        s.id = UUID.randomUUID();
        s.providerId = providerId;
        s.period = period;
        s.status = StatementStatus.CLOSED;
        s.lines = new ArrayList<>(lines);
        s.linesFen = lines.stream().mapToLong(StatementLine::amountFen).sum();
        s.adjustmentsFen = adjustmentsFen;
        s.totalFen = Math.addExact(s.linesFen, adjustmentsFen);
        s.createdAt = at;
        s.updatedAt = at;
        return s;
    }

    /** @throws IllegalStateException when the workflow does not allow the move */
    public void moveTo(StatementStatus target, Instant at) {
        if (!status.mayMoveTo(target)) {
            throw new IllegalStateException("a " + status + " statement cannot become " + target);
        }
        status = target;
        updatedAt = at;
    }

    public void dispute(String reason, Instant at) {
        moveTo(StatementStatus.DISPUTED, at);
        disputeReason = reason;
    }

    /** Approved to be paid to {@code payee} (null: the provider has no account yet, and it cannot be paid). */
    public void approve(Payee payee, Instant at) {
        moveTo(StatementStatus.APPROVED, at);
        this.payee = payee;
    }

    /** Approved again, to the account now in force, after the provider's account changed. */
    public void reapprove(Payee payee, Instant at) {
        if (status != StatementStatus.APPROVED) {
            throw new IllegalStateException("only an approved statement is approved again, not a " + status + " one");
        }
        this.payee = payee;
        updatedAt = at;
    }

    /**
     * The city's correction of a disputed statement: its adjustments grow by {@code correctionFen} and it goes back to
     * the provider to confirm.
     */
    public void correct(long correctionFen, Instant at) {
        long adjusted = Math.addExact(adjustmentsFen, correctionFen);
        if (Math.addExact(linesFen, adjusted) < 0) {
            throw new IllegalArgumentException("the corrections would make the total negative");
        }
        moveTo(StatementStatus.CLOSED, at);
        adjustmentsFen = adjusted;
        totalFen = linesFen + adjusted;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public String period() {
        return period;
    }

    public StatementStatus status() {
        return status;
    }

    public long linesFen() {
        return linesFen;
    }

    public long adjustmentsFen() {
        return adjustmentsFen;
    }

    public long totalFen() {
        return totalFen;
    }

    public String disputeReason() {
        return disputeReason;
    }

    public Payee payee() {
        return payee;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<StatementLine> lines() {
        return List.copyOf(lines);
    }
}
