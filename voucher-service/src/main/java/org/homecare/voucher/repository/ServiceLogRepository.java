package org.homecare.voucher.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.homecare.contracts.caller.DistrictScope;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Service logs. The reads behind the API take the caller's districts ({@link #findVisible}, {@link #search}): a log
 * is in the district of its voucher when it was submitted; one of no voucher (VOUCHER_NOT_FOUND) only city-wide.
 */
@ApplicationScoped
public class ServiceLogRepository implements PanacheRepositoryBase<ServiceLog, UUID> {

    public Map<String, ServiceLog> byProviderLogIds(UUID providerId, Collection<String> providerLogIds) {
        Map<String, ServiceLog> found = new HashMap<>();
        if (!providerLogIds.isEmpty()) {
            // the latest version answers for its log id
            list("providerId = ?1 and providerLogId in ?2", Sort.by("version"), providerId, providerLogIds)
                    .forEach(log -> found.put(log.providerLogId(), log));
        }
        return found;
    }

    public Optional<ServiceLog> byProviderLogId(UUID providerId, String providerLogId) {
        return find("providerId = ?1 and providerLogId = ?2", Sort.descending("version"), providerId, providerLogId)
                .firstResultOptional();
    }

    /** Re-reads the log under a row lock: a concurrent void or correction of it has committed by then. */
    public void refreshLocked(ServiceLog log) {
        getEntityManager().refresh(log, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every version of a log, the first submitted first. */
    public List<ServiceLog> versions(UUID providerId, String providerLogId) {
        return list("providerId = ?1 and providerLogId = ?2", Sort.by("version"), providerId, providerLogId);
    }

    /** The log, if it exists and its district is the caller's to see. */
    public Optional<ServiceLog> findVisible(UUID id, DistrictScope scope) {
        if (scope.cityWide()) {
            return findByIdOptional(id);
        }
        return find("id = ?1 and districtCode in ?2", id, scope.sortedCodes()).firstResultOptional();
    }

    /**
     * @param providerId null for every provider's logs
     * @param districts empty for every district
     */
    public PanacheQuery<ServiceLog> search(UUID providerId, String period, ServiceLogStatus status,
            Optional<Set<String>> districts) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        districts.ifPresent(codes -> {
            where.append(" and districtCode in :districts");
            params.and("districts", codes);
        });
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
