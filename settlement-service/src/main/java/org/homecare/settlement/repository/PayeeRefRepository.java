package org.homecare.settlement.repository;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.settlement.domain.PayeeRef;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PayeeRefRepository implements PanacheRepositoryBase<PayeeRef, UUID> {

    public Optional<PayeeRef> inForceOn(UUID providerId, LocalDate day) {
        return find("providerId = ?1 and effectiveFrom <= ?2", Sort.descending("effectiveFrom", "receivedAt"),
                providerId, day).firstResultOptional();
    }
}
