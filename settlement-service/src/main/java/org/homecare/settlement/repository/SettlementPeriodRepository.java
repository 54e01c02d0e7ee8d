package org.homecare.settlement.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.homecare.settlement.domain.SettlementMonth;
import org.homecare.settlement.domain.SettlementPeriod;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Applying money to a period and closing it exclude each other through a transaction-scoped advisory lock per period:
 * shared for whoever applies a log or an adjustment, exclusive for the close. So a log is either in the close's totals
 * or sees the period closed, never neither. Advisory locks live in memory: many consumers share one without writing
 * to the period row.
 */
@ApplicationScoped
public class SettlementPeriodRepository implements PanacheRepositoryBase<SettlementPeriod, String> {

    /** First half of the two-int advisory lock key: this service's "period" lock space. */
    private static final int PERIOD_LOCKS = 0x5E771;
    private static final int MAX_MONTHS_AHEAD = 1200;

    private void ensureExists(String period) {
        getEntityManager().createNativeQuery("""
                insert into settlement_period (period, status) values (?1, 'OPEN')
                on conflict (period) do nothing""")
                .setParameter(1, period)
                .executeUpdate();
    }

    private static int lockKey(String period) {
        return Integer.parseInt(period.replace("-", ""));
    }

    /** @return whether the period is open; it cannot close until the caller's transaction ends */
    public boolean lockOpenState(String period) {
        getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock_shared(?1, ?2) as text)")
                .setParameter(1, PERIOD_LOCKS)
                .setParameter(2, lockKey(period))
                .getSingleResult();
        // read after the lock: in READ COMMITTED this sees a close that committed while we waited
        List<?> status = getEntityManager()
                .createNativeQuery("select status from settlement_period where period = ?1")
                .setParameter(1, period)
                .getResultList();
        return status.isEmpty() || SettlementPeriod.Status.OPEN.name().equals(status.get(0));
    }

    /** The period row, with the exclusive lock held: every transaction applying money to it has ended. */
    public SettlementPeriod forClose(String period) {
        ensureExists(period);
        getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(?1, ?2) as text)")
                .setParameter(1, PERIOD_LOCKS)
                .setParameter(2, lockKey(period))
                .getSingleResult();
        return findById(period, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The earliest period from {@code period} on that is still open, locked so it cannot close meanwhile. */
    public String firstOpenFrom(String period) {
        String candidate = period;
        for (int i = 0; i < MAX_MONTHS_AHEAD; i++) {
            if (lockOpenState(candidate)) {
                return candidate;
            }
            candidate = SettlementMonth.next(candidate);
        }
        throw new IllegalStateException("no open period within " + MAX_MONTHS_AHEAD + " months after " + period);
    }
}
