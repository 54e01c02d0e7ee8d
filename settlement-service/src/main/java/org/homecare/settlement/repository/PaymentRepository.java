package org.homecare.settlement.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.settlement.domain.Payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public Optional<Payment> forStatement(UUID statementId) {
        return find("statementId", statementId).firstResultOptional();
    }
}
