package org.homecare.settlement.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.settlement.domain.Adjustment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AdjustmentRepository implements PanacheRepositoryBase<Adjustment, UUID> {

    public List<Adjustment> pendingFor(String targetPeriod) {
        return list("targetPeriod = ?1 and statementId is null", Sort.by("createdAt").and("id"), targetPeriod);
    }

    public List<Adjustment> ofStatement(UUID statementId) {
        return list("statementId", Sort.by("createdAt").and("id"), statementId);
    }

    public List<Adjustment> ofProviderAndTarget(UUID providerId, String targetPeriod) {
        return list("providerId = ?1 and targetPeriod = ?2", Sort.by("createdAt").and("id"), providerId,
                targetPeriod);
    }
}
