package org.homecare.settlement.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.settlement.domain.StatementStep;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StatementStepRepository implements PanacheRepositoryBase<StatementStep, UUID> {

    public List<StatementStep> of(UUID statementId) {
        return list("statementId", Sort.by("at").and("id"), statementId);
    }
}
