package org.homecare.voucher.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ServiceLogRepository implements PanacheRepositoryBase<ServiceLog, UUID> {

    public Map<String, ServiceLog> byProviderLogIds(UUID providerId, Collection<String> providerLogIds) {
        Map<String, ServiceLog> found = new HashMap<>();
        if (!providerLogIds.isEmpty()) {
            list("providerId = ?1 and providerLogId in ?2", providerId, providerLogIds)
                    .forEach(log -> found.put(log.providerLogId(), log));
        }
        return found;
    }

    public Optional<ServiceLog> byProviderLogId(UUID providerId, String providerLogId) {
        return find("providerId = ?1 and providerLogId = ?2", providerId, providerLogId).firstResultOptional();
    }

    public PanacheQuery<ServiceLog> search(UUID providerId, String period, ServiceLogStatus status) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (providerId != null) {
            where.append(" and providerId = :provider");
            params.and("provider", providerId);
        }
        if (period != null) {
            where.append(" and period = :period");
            params.and("period", period);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        return find(where.toString(), Sort.by("submittedAt").and("id"), params);
    }

    public boolean providerServed(UUID providerId, UUID voucherId) {
        return count("providerId = ?1 and voucherId = ?2 and status in ?3", providerId, voucherId,
                List.of(ServiceLogStatus.ACCEPTED, ServiceLogStatus.VOIDED)) > 0;
    }
}
