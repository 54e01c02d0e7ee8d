package org.homecare.provider.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.provider.domain.Caregiver;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CaregiverRepository implements PanacheRepositoryBase<Caregiver, UUID> {

    public Optional<Caregiver> activeByPersonKey(String personKey) {
        return find("personKey = ?1 and status = ?2", personKey, Caregiver.Status.ACTIVE).firstResultOptional();
    }

    public List<Caregiver> activeOfProvider(UUID providerId) {
        return list("providerId = ?1 and status = ?2", providerId, Caregiver.Status.ACTIVE);
    }

    public PanacheQuery<Caregiver> ofProvider(UUID providerId, Optional<Caregiver.Status> status) {
        Sort order = Sort.by("registeredOn").and("id");
        return status.map(s -> find("providerId = ?1 and status = ?2", order, providerId, s))
                .orElseGet(() -> find("providerId", order, providerId));
    }
}
