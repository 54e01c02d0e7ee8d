package org.homecare.settlement.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a statement's workflow: who took it, when, from which status to which, and why. Never changed. */
@Entity
@Table(name = "statement_step")
public class StatementStep {

    public enum Action {
        CLOSED, CONFIRMED, DEEMED_CONFIRMED, DISPUTED, UPHELD, CORRECTED, APPROVED, REAPPROVED, PAID, PAYMENT_RETURNED
    }

    @Id
    private UUID id;
    @Column(name = "statement_id", nullable = false)
    private UUID statementId;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private StatementStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private StatementStatus toStatus;
    private String note;

    protected StatementStep() {
    }

    public StatementStep(UUID statementId, Instant at, String actor, Action action, StatementStatus fromStatus,
            StatementStatus toStatus, String note) {
        this.id = UUID.randomUUID();
        this.statementId = statementId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public Action action() {
        return action;
    }

    public StatementStatus fromStatus() {
        return fromStatus;
    }

    public StatementStatus toStatus() {
        return toStatus;
    }

    public String note() {
        return note;
    }
}
