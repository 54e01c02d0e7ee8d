package org.homecare.provider.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.provider.domain.ProviderStatusChange;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProviderStatusChangeRepository implements PanacheRepositoryBase<ProviderStatusChange, UUID> {

    public List<ProviderStatusChange> historyOf(UUID providerId) {
        return list("providerId", Sort.by("at").and("id"), providerId);
    }
}
