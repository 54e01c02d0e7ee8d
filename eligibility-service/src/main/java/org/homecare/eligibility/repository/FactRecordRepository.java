package org.homecare.eligibility.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.eligibility.domain.FactRecord;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FactRecordRepository implements PanacheRepositoryBase<FactRecord, UUID> {

    public List<FactRecord> historyOf(UUID elderId) {
        return list("elderId", Sort.by("effectiveFrom").and("recordedAt").and("fact"), elderId);
    }
}
