package org.homecare.eligibility.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.eligibility.domain.PolicyVersion;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PolicyVersionRepository implements PanacheRepositoryBase<PolicyVersion, UUID> {

    public List<PolicyVersion> versionsOf(UUID policyId) {
        return list("policyId", Sort.by("version"), policyId);
    }

    public List<PolicyVersion> all() {
        return listAll(Sort.by("validFrom").and("policyId").and("version"));
    }

    public int nextVersion(UUID policyId) {
        Integer max = getEntityManager()
                .createQuery("select max(v.version) from PolicyVersion v where v.policyId = :p", Integer.class)
                .setParameter("p", policyId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Versions whose start or end changes the rules in force on {@code day}. */
    public long changingOn(LocalDate day) {
        return count("validFrom = ?1 or validTo = ?2", day, day.minusDays(1));
    }
}
