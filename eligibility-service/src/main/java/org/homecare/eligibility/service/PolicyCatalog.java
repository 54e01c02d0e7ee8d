package org.homecare.eligibility.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.eligibility.domain.Policy;
import org.homecare.eligibility.domain.PolicyInForce;
import org.homecare.eligibility.domain.PolicyRules;
import org.homecare.eligibility.domain.PolicyScope;
import org.homecare.eligibility.domain.PolicyVersion;
import org.homecare.eligibility.domain.RuleSpec;
import org.homecare.eligibility.repository.PolicyRepository;
import org.homecare.eligibility.repository.PolicyVersionRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the stored policy versions and compiles them for the evaluator. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicyCatalog {

    private static final TypeReference<List<RuleSpec>> RULES = new TypeReference<>() {
    };

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final ObjectMapper json;

    public PolicyCatalog(PolicyRepository policies, PolicyVersionRepository versions, ObjectMapper json) {
        this.policies = policies;
        this.versions = versions;
        this.json = json;
    }

    /** Every version of every policy, compiled, oldest first. */
    public List<PolicyInForce> all() {
        return versions.all().stream().map(this::compiled).toList();
    }

    public List<PolicyInForce> versionsOf(Policy policy) {
        return versions.versionsOf(policy.id()).stream().map(this::compiled).toList();
    }

    public PolicyInForce compiled(PolicyVersion version) {
        Policy policy = policies.findById(version.policyId());
        return new PolicyInForce(version.policyId(), policy.code(), version.version(), version.validFrom(),
                version.validTo(), scopeOf(version), PolicyRules.compileStored(rulesOf(version)));
    }

    public List<RuleSpec> rulesOf(PolicyVersion version) {
        try {
            return json.readValue(version.rules(), RULES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rules of policy version " + version.id() + " are not readable", e);
        }
    }

    public PolicyScope scopeOf(PolicyVersion version) {
        try {
            return json.readValue(version.scope(), PolicyScope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scope of policy version " + version.id() + " is not readable", e);
        }
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
