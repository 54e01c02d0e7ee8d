package org.homecare.voucher.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogStatus;
import org.homecare.voucher.domain.ServiceLogValidator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ServiceLogRepository implements PanacheRepositoryBase<ServiceLog, UUID> {

    /** An accepted log's time slot: what overlap and duplicate checks compare against. */
    public record Slot(UUID elderId, String personKey, String itemCode, Instant startTime, Instant endTime) {
    }

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

    /**
     * Accepted logs of these caregivers (any provider) that touch the window: one query for a whole batch. No
     * accepted log lasts longer than {@link ServiceLogValidator#LONGEST_SERVICE}, so one that ends after {@code from}
     * starts after {@code from} minus that: the bound keeps the index range scan to the window instead of the
     * caregiver's whole history.
     */
    public List<Slot> acceptedOfPersons(Collection<String> personKeys, Instant from, Instant to) {
        if (personKeys.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select l.elderId, l.personKey, l.itemCode, l.startTime, l.endTime
                from ServiceLog l where l.status = ?1 and l.personKey in ?2 and l.startTime < ?3 and l.endTime > ?4
                and l.startTime >= ?5""",
                Object[].class)
                .setParameter(1, ServiceLogStatus.ACCEPTED)
                .setParameter(2, personKeys)
                .setParameter(3, to)
                .setParameter(4, from)
                .setParameter(5, from.minus(ServiceLogValidator.LONGEST_SERVICE))
                .getResultStream().map(ServiceLogRepository::slot).toList();
    }

    /** Accepted logs of these elders starting within the window. */
    public List<Slot> acceptedOfElders(Collection<UUID> elderIds, Instant from, Instant to) {
        if (elderIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select l.elderId, l.personKey, l.itemCode, l.startTime, l.endTime
                from ServiceLog l where l.status = ?1 and l.elderId in ?2 and l.startTime >= ?3 and l.startTime <= ?4""",
                Object[].class)
                .setParameter(1, ServiceLogStatus.ACCEPTED)
                .setParameter(2, elderIds)
                .setParameter(3, from)
                .setParameter(4, to)
                .getResultStream().map(ServiceLogRepository::slot).toList();
    }

    private static Slot slot(Object[] row) {
        return new Slot((UUID) row[0], (String) row[1], (String) row[2], (Instant) row[3], (Instant) row[4]);
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
