package org.homecare.settlement.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.settlement.domain.Payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    /** Every payment of the statement, the first first; all but the last were returned. */
    public List<Payment> allFor(UUID statementId) {
        return list("statementId", Sort.by("recordedAt").and("id"), statementId);
    }

    /** The statement's last payment, the one that stands unless the bank returned it. */
    public Optional<Payment> lastFor(UUID statementId) {
        return find("statementId", Sort.descending("recordedAt", "id"), statementId).firstResultOptional();
    }

    public List<Payment> ofStatements(Collection<UUID> statementIds) {
        return statementIds.isEmpty() ? List.of()
                : list("statementId in ?1", Sort.by("recordedAt").and("id"), statementIds);
    }
}
