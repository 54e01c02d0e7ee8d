package org.homecare.provider.repository;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.provider.domain.Contract;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * Contracts. The reads a caller makes take the districts it may see (empty: the whole city): a contract covering none
 * of them is not found and not listed, as if it did not exist.
 */
@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    /** A contract covers one of the districts ?n. */
    private static final String COVERS_ANY = "id in (select c.id from Contract c join c.districtCodes d where d in ?";

    public List<Contract> ofProvider(UUID providerId) {
        return list("providerId", Sort.by("validFrom").and("id"), providerId);
    }

    public List<Contract> activeOfProvider(UUID providerId) {
        return list("providerId = ?1 and status = ?2", Sort.by("validFrom"), providerId, Contract.Status.ACTIVE);
    }

    /** The provider's contract, if it covers one of the districts (any contract when there are none). */
    public Optional<Contract> findVisible(UUID providerId, UUID contractId, Optional<Set<String>> districts) {
        if (districts.isEmpty()) {
            return find("id = ?1 and providerId = ?2", contractId, providerId).firstResultOptional();
        }
        return find("id = ?1 and providerId = ?2 and " + COVERS_ANY + "3)", contractId, providerId,
                districts.get()).firstResultOptional();
    }

    /** The provider's contracts covering one of the districts (all of them when there are none), by start. */
    public PanacheQuery<Contract> listed(UUID providerId, Optional<Set<String>> districts) {
        Sort order = Sort.by("validFrom").and("id");
        return districts.map(codes -> find("providerId = ?1 and " + COVERS_ANY + "2)", order, providerId, codes))
                .orElseGet(() -> find("providerId", order, providerId));
    }
}
