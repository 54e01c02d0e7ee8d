package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A version of a policy: scope and rules as JSON text (validated on write), in force from validFrom to validTo. */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

    @Id
    private UUID id;

    @Column(name = "policy_id", nullable = false)
    private UUID policyId;

    @Column(nullable = false)
    private int version;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false, columnDefinition = "text")
    private String scope;

    @Column(nullable = false, columnDefinition = "text")
    private String rules;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    protected PolicyVersion() {
    }

    public PolicyVersion(UUID policyId, int version, LocalDate validFrom, LocalDate validTo, String scope,
            String rules, OffsetDateTime createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.policyId = policyId;
        this.version = version;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.scope = scope;
        this.rules = rules;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public UUID policyId() {
        return policyId;
    }

    public int version() {
        return version;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String scope() {
        return scope;
    }

    public String rules() {
        return rules;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
