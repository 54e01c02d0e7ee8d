package org.homecare.eligibility.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.eligibility.domain.StoredDecision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StoredDecisionRepository implements PanacheRepositoryBase<StoredDecision, UUID> {

    public Optional<StoredDecision> currentOf(UUID elderId) {
        return find("elderId", Sort.descending("seq"), elderId).firstResultOptional();
    }

    public List<StoredDecision> historyOf(UUID elderId, int page, int size) {
        return find("elderId", Sort.descending("seq"), elderId).page(Page.of(page, size)).list();
    }

    public long countOf(UUID elderId) {
        return count("elderId", elderId);
    }
}
