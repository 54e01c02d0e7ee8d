package org.homecare.provider.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.provider.domain.Contract;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    public List<Contract> ofProvider(UUID providerId) {
        return list("providerId", Sort.by("validFrom").and("id"), providerId);
    }

    public List<Contract> activeOfProvider(UUID providerId) {
        return list("providerId = ?1 and status = ?2", Sort.by("validFrom"), providerId, Contract.Status.ACTIVE);
    }
}
