package org.homecare.voucher.repository;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.homecare.voucher.domain.VisitException;
import org.homecare.voucher.domain.VisitExceptionCode;
import org.homecare.voucher.domain.VisitExceptionCount;
import org.homecare.voucher.domain.VisitExceptionStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class VisitExceptionRepository implements PanacheRepositoryBase<VisitException, UUID> {

    public List<VisitException> ofLogs(Collection<UUID> logIds) {
        return logIds.isEmpty() ? List.of() : list("serviceLogId in ?1", Sort.by("raisedAt").and("id"), logIds);
    }

    public List<VisitException> lockOfLog(UUID logId) {
        return find("serviceLogId = ?1", Sort.by("id"), logId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Optional<VisitException> lock(UUID id) {
        return Optional.ofNullable(getEntityManager().find(VisitException.class, id,
                LockModeType.PESSIMISTIC_WRITE));
    }

    /** Logs of the period with an exception still open, at most {@code limit}. */
    public List<UUID> logsWithOpen(YearMonth period, int limit) {
        return getEntityManager().createQuery("""
                select distinct e.serviceLogId from VisitException e where e.period = ?1 and e.status = ?2""",
                UUID.class).setParameter(1, period.toString()).setParameter(2, VisitExceptionStatus.OPEN)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The queue, newest first.
     *
     * @param provider only this provider's, when present
     * @param districts only of vouchers of these districts, when present
     */
    public PanacheQuery<VisitException> search(Optional<UUID> provider, Optional<Set<String>> districts,
            Optional<VisitExceptionStatus> status, Optional<String> period) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        provider.ifPresent(p -> {
            where.append(" and providerId = :provider");
            parameters.and("provider", p);
        });
        districts.ifPresent(d -> {
            where.append(" and districtCode in :districts");
            parameters.and("districts", d);
        });
        status.ifPresent(s -> {
            where.append(" and status = :status");
            parameters.and("status", s);
        });
        period.ifPresent(p -> {
            where.append(" and period = :period");
            parameters.and("period", p);
        });
        return find(where.toString(), Sort.descending("raisedAt").and("id", Sort.Direction.Descending), parameters);
    }

    /** Exceptions of the period by provider, code and status. */
    public List<VisitExceptionCount> counts(String period, Optional<UUID> provider, Optional<Set<String>> districts) {
        StringBuilder jpql = new StringBuilder("""
                select e.providerId, e.code, e.status, count(e) from VisitException e where e.period = :period""");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("period", period));
        provider.ifPresent(p -> {
            jpql.append(" and e.providerId = :provider");
            parameters.put("provider", p);
        });
        districts.ifPresent(d -> {
            jpql.append(" and e.districtCode in :districts");
            parameters.put("districts", d);
        });
        jpql.append(" group by e.providerId, e.code, e.status order by e.providerId, e.code, e.status");
        var query = getEntityManager().createQuery(jpql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new VisitExceptionCount((UUID) row[0], (VisitExceptionCode) row[1],
                        (VisitExceptionStatus) row[2], (Long) row[3])).toList();
    }
}
