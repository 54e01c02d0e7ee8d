package org.homecare.provider.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.provider.domain.ContractRate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ContractRateRepository implements PanacheRepositoryBase<ContractRate, UUID> {

    public List<ContractRate> ofContract(UUID contractId) {
        return list("contractId", Sort.by("itemCode").and("effectiveFrom"), contractId);
    }
}
