package org.homecare.eligibility.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.eligibility.domain.Assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    public List<Assessment> historyOf(UUID elderId) {
        return list("elderId", Sort.by("assessedOn").and("recordedAt"), elderId);
    }
}
