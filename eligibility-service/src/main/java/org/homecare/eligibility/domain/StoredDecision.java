package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stored decision as read back. Rows are append-only and written in batches by
 * {@code service.DecisionRecorder}; this mapping only reads them.
 */
@Entity
@Table(name = "eligibility_decision")
public class StoredDecision {

    @Id
    private UUID id;

    @Column(insertable = false, updatable = false, nullable = false)
    private long seq;

    @Column(name = "elder_id", nullable = false)
    private UUID elderId;

    @Column(name = "decided_at", nullable = false)
    private OffsetDateTime decidedAt;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false)
    private boolean eligible;

    @Column(name = "monthly_amount_fen", nullable = false)
    private long monthlyAmountFen;

    @Column(nullable = false, length = 200)
    private String categories;

    @Column(name = "policy_id")
    private UUID policyId;

    @Column(name = "policy_version")
    private Integer policyVersion;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(name = "matched_rules", nullable = false, columnDefinition = "text")
    private String matchedRules;

    @Column(nullable = false, columnDefinition = "text")
    private String explanation;

    @Column(nullable = false, columnDefinition = "text")
    private String facts;

    @Column(name = "outcome_change", nullable = false, length = 20)
    private String outcomeChange;

    @Column(name = "revoke_reason", length = 40)
    private String revokeReason;

    @Column(name = "decision_trigger", nullable = false, length = 40)
    private String trigger;

    @Column(name = "decided_by", nullable = false, length = 200)
    private String decidedBy;

    @Column(name = "run_id")
    private UUID runId;

    protected StoredDecision() {
    }

    public UUID id() {
        return id;
    }

    public long seq() {
        return seq;
    }

    public UUID elderId() {
        return elderId;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public boolean eligible() {
        return eligible;
    }

    public long monthlyAmountFen() {
        return monthlyAmountFen;
    }

    public String categories() {
        return categories;
    }

    public UUID policyId() {
        return policyId;
    }

    public Integer policyVersion() {
        return policyVersion;
    }

    public String districtCode() {
        return districtCode;
    }

    public String matchedRules() {
        return matchedRules;
    }

    public String explanation() {
        return explanation;
    }

    public String facts() {
        return facts;
    }

    public String outcomeChange() {
        return outcomeChange;
    }

    public String revokeReason() {
        return revokeReason;
    }

    public String trigger() {
        return trigger;
    }

    public boolean isTriggeredBy(DecisionTrigger cause) {
        return cause.name().equals(trigger);
    }

    public String decidedBy() {
        return decidedBy;
    }

    public UUID runId() {
        return runId;
    }
}
