package org.homecare.settlement.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.settlement.domain.PaymentReturn;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PaymentReturnRepository implements PanacheRepositoryBase<PaymentReturn, UUID> {

    public Optional<PaymentReturn> ofPayment(UUID paymentId) {
        return find("paymentId", paymentId).firstResultOptional();
    }

    public List<PaymentReturn> ofStatements(Collection<UUID> statementIds) {
        return statementIds.isEmpty() ? List.of() : list("statementId in ?1", statementIds);
    }
}
