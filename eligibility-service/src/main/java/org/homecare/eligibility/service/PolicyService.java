package org.homecare.eligibility.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.problem.Problem;
import org.homecare.eligibility.domain.Policy;
import org.homecare.eligibility.domain.PolicyInForce;
import org.homecare.eligibility.domain.PolicyRules;
import org.homecare.eligibility.domain.PolicyRules.Violation;
import org.homecare.eligibility.domain.PolicyScope;
import org.homecare.eligibility.domain.PolicyVersion;
import org.homecare.eligibility.domain.RuleSpec;
import org.homecare.eligibility.repository.PolicyRepository;
import org.homecare.eligibility.repository.PolicyVersionRepository;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Policies and their versions, created by a city-admin; a version taking effect now queues a re-certification. */
@ApplicationScoped
@Transactional
public class PolicyService {

    public record VersionDraft(LocalDate validFrom, LocalDate validTo, PolicyScope scope, List<RuleSpec> rules) {
    }

    public record PolicyWithVersions(Policy policy, List<PolicyVersion> versions) {
    }

    public record PageOf(List<PolicyWithVersions> items, long total) {
    }

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final PolicyCatalog catalog;
    private final RecertificationService recertification;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public PolicyService(PolicyRepository policies, PolicyVersionRepository versions, PolicyCatalog catalog,
            RecertificationService recertification, AuditTrail audit, BusinessClock clock) {
        this.policies = policies;
        this.versions = versions;
        this.catalog = catalog;
        this.recertification = recertification;
        this.audit = audit;
        this.clock = clock;
    }

    public PolicyWithVersions create(String code, String name, VersionDraft first, String actor) {
        checkDraft(first, List.of());
        if (policies.codeTaken(code)) {
            throw ApiProblem.conflict("POLICY_CODE_TAKEN", "a policy with code " + code + " exists");
        }
        Policy policy = new Policy(code, name.trim(), now(), actor);
        policies.persist(policy);
        audit.record(actor, "POLICY_CREATED", "policy", policy.id().toString(), null,
                Map.of("code", code, "name", policy.name()));
        PolicyVersion version = addVersion(policy, first, actor);
        return new PolicyWithVersions(policy, List.of(version));
    }

    public PolicyVersion addVersion(UUID policyId, VersionDraft draft, String actor) {
        Policy policy = policies.findByIdOptional(policyId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound("policy", policyId));
        checkDraft(draft, catalog.versionsOf(policy));
        return addVersion(policy, draft, actor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf list(int page, int size) {
        List<PolicyWithVersions> items = policies.findAll(Sort.by("code")).page(Page.of(page, size)).list().stream()
                .map(p -> new PolicyWithVersions(p, versions.versionsOf(p.id()))).toList();
        return new PageOf(items, policies.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyWithVersions find(UUID id) {
        Policy policy = policies.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("policy", id));
        return new PolicyWithVersions(policy, versions.versionsOf(id));
    }

    private PolicyVersion addVersion(Policy policy, VersionDraft draft, String actor) {
        PolicyVersion version = new PolicyVersion(policy.id(), versions.nextVersion(policy.id()), draft.validFrom(),
                draft.validTo(), catalog.write(draft.scope()), catalog.write(draft.rules()), now(), actor);
        versions.persist(version);
        audit.record(actor, "POLICY_VERSION_ADDED", "policy", policy.id().toString(), null,
                Map.of("version", version.version(), "validFrom", draft.validFrom(),
                        "validTo", String.valueOf(draft.validTo()), "scope", draft.scope(), "rules", draft.rules()));
        LocalDate today = clock.today();
        boolean inForceNow = !draft.validFrom().isAfter(today)
                && (draft.validTo() == null || !draft.validTo().isBefore(today));
        if (inForceNow) {
            // effective at once: every elder is re-evaluated; a version starting later is queued by the daily job
            recertification.queueUnlessQueued(today, actor);
        }
        return version;
    }

    private static void checkDraft(VersionDraft draft, List<PolicyInForce> existing) {
        List<Violation> violations = new ArrayList<>();
        PolicyRules.checkPeriod(draft.validFrom(), draft.validTo(), violations);
        PolicyRules.checkScope(draft.scope(), violations);
        PolicyRules.compile(draft.rules(), violations);
        PolicyRules.checkNoOverlap(draft.validFrom(), draft.validTo(), existing, violations);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
            throw new ApiProblem(400, "Invalid request", "VALIDATION_FAILED",
                    "the policy version has " + errors.size() + " problem(s): " + errors.get(0).field() + " "
                            + errors.get(0).message(),
                    errors, List.of());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), BusinessClock.ZONE);
    }
}
