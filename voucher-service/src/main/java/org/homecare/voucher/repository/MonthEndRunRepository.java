package org.homecare.voucher.repository;

import java.time.Instant;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Months whose end has been run (table month_end_run): a restart does not examine every account again. */
@ApplicationScoped
public class MonthEndRunRepository {

    private final EntityManager entityManager;

    public MonthEndRunRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public boolean finished(YearMonth period) {
        return !entityManager.createNativeQuery("select 1 from month_end_run where period = ?1")
                .setParameter(1, period.toString()).getResultList().isEmpty();
    }

    @Transactional
    public void recordFinished(YearMonth period, int voided, int expired, int carried, Instant at) {
        entityManager.createNativeQuery("""
                insert into month_end_run (period, voided, expired, carried, finished_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict (period) do nothing""")
                .setParameter(1, period.toString()).setParameter(2, voided).setParameter(3, expired)
                .setParameter(4, carried).setParameter(5, at).executeUpdate();
    }
}
