package org.homecare.settlement.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.homecare.contracts.caller.DistrictScope;
import org.homecare.settlement.domain.ServiceLog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ServiceLogRepository implements PanacheRepositoryBase<ServiceLog, UUID> {

    /** First half of the two-int advisory lock key: this service's "service log" lock space. */
    private static final int LOG_LOCKS = 0x5E772;

    /**
     * Serialises the events of one log (its accept, its void, a redelivery) while they are applied concurrently; held
     * until the transaction ends. Two logs sharing a hash only wait for each other a moment.
     */
    public void lock(UUID serviceLogId) {
        getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(?1, ?2) as text)")
                .setParameter(1, LOG_LOCKS)
                .setParameter(2, serviceLogId.hashCode())
                .getSingleResult();
    }

    /**
     * The logs among these ids already in the copy, each row locked until the transaction ends (in id order, so two
     * batches sharing logs cannot deadlock). Ids travel as one array literal: one statement for any batch size, joined
     * rather than compared with {@code = any(...)}, which the planner may turn into a scan of the whole table.
     */
    @SuppressWarnings("unchecked")
    public List<ServiceLog> lockExisting(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String array = ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(",", "{", "}"));
        return getEntityManager().createNativeQuery("""
                select s.* from unnest(cast(?1 as uuid[])) as t(id) join service_log s on s.id = t.id
                order by s.id for update of s""",
                ServiceLog.class)
                .setParameter(1, array)
                .getResultList();
    }

    /**
     * A reproducible draw: accepted, unvoided logs of the period ordered by md5(seed || id), so the same seed over the
     * same logs gives the same sample and no one can steer it without knowing the seed in advance. A district-limited
     * caller draws from its districts' logs only.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> sample(String period, String seed, int size, DistrictScope scope) {
        List<String> districts = scope.sortedCodes();
        String inScope = scope.cityWide() ? "" : " and district_code in (" + IntStream.range(0, districts.size())
                .mapToObj(i -> "?" + (4 + i)).collect(Collectors.joining(", ")) + ")";
        Query query = getEntityManager().createNativeQuery("""
                select id from service_log
                where period = ?1 and accepted_at is not null and voided_at is null%s
                order by md5(?2 || id::text), id
                limit ?3""".formatted(inScope), UUID.class)
                .setParameter(1, period)
                .setParameter(2, seed)
                .setParameter(3, size);
        for (int i = 0; i < districts.size(); i++) {
            query.setParameter(4 + i, districts.get(i));
        }
        return query.getResultList();
    }

    /** An accepted log the caller may see: a log of another district looks as if it did not exist. */
    public Optional<ServiceLog> acceptedWithin(UUID id, DistrictScope scope) {
        return findByIdOptional(id).filter(ServiceLog::isAccepted).filter(l -> scope.covers(l.districtCode()));
    }
}
