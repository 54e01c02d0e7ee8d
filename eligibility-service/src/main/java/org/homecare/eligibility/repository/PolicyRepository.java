package org.homecare.eligibility.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.eligibility.domain.Policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PolicyRepository implements PanacheRepositoryBase<Policy, UUID> {

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
