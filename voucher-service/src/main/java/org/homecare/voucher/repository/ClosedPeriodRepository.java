package org.homecare.voucher.repository;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.voucher.domain.ClosedPeriod;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClosedPeriodRepository implements PanacheRepositoryBase<ClosedPeriod, UUID> {

    public boolean isClosed(String period) {
        return count("period", period) > 0;
    }

    /** A handful of rows a year: read them all. */
    public Set<String> closedPeriods() {
        return listAll().stream().map(ClosedPeriod::period).collect(Collectors.toSet());
    }
}
