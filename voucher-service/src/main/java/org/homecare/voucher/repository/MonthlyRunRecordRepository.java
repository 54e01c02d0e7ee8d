package org.homecare.voucher.repository;

import java.time.Instant;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.voucher.domain.MonthlyRunRecord;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
@Transactional
public class MonthlyRunRecordRepository implements PanacheRepositoryBase<MonthlyRunRecord, String> {

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean finished(YearMonth period) {
        return count("period", period.toString()) > 0;
    }

    /** The first finish is kept: a later run of the same month (an admin's, another instance's) changed nothing. */
    public void recordFinished(YearMonth period, int expired, int credited, Instant at) {
        getEntityManager().createNativeQuery("""
                insert into monthly_run (period, expired, credited, finished_at) values (?1, ?2, ?3, ?4)
                on conflict (period) do nothing""")
                .setParameter(1, period.toString())
                .setParameter(2, expired)
                .setParameter(3, credited)
                .setParameter(4, at)
                .executeUpdate();
    }
}
