package org.homecare.voucher.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.voucher.domain.Contract;
import org.homecare.voucher.domain.ContractRate;
import org.homecare.voucher.domain.ContractTerms;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    /**
     * Every contract of the provider with its rate card: two queries, whatever the number of contracts, each with the
     * provider id as its only parameter (a list parameter would cost a fresh SQL translation per call).
     */
    public List<ContractTerms> termsOf(UUID providerId) {
        List<Contract> contracts = list("providerId", providerId);
        if (contracts.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ContractRate>> rates = getEntityManager()
                .createQuery("select r from ContractRate r, Contract c where r.contractId = c.id and c.providerId = ?1",
                        ContractRate.class)
                .setParameter(1, providerId)
                .getResultList().stream()
                .collect(Collectors.groupingBy(ContractRate::contractId));
        return contracts.stream().map(c -> ContractTerms.of(c, rates.getOrDefault(c.id(), List.of()))).toList();
    }

    /** Districts of the provider's contracts in force on the date: where it may serve elders. */
    public List<Contract> inForce(UUID providerId, LocalDate date) {
        return list("providerId = ?1 and validFrom <= ?2 and validTo >= ?2 and (endedOn is null or endedOn >= ?2)",
                providerId, date);
    }

    public void replaceRates(UUID contractId, Collection<ContractRate> rates) {
        getEntityManager().createQuery("delete from ContractRate r where r.contractId = ?1")
                .setParameter(1, contractId).executeUpdate();
        rates.forEach(getEntityManager()::persist);
    }
}
