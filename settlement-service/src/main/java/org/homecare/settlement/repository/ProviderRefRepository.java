package org.homecare.settlement.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.settlement.domain.ProviderRef;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProviderRefRepository implements PanacheRepositoryBase<ProviderRef, UUID> {

    public Optional<ProviderRef> byCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }
}
