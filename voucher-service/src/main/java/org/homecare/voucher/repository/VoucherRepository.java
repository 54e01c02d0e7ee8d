package org.homecare.voucher.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VoucherRepository implements PanacheRepositoryBase<Voucher, UUID> {

    public Optional<Voucher> findByElder(UUID elderId) {
        return find("elderId", elderId).firstResultOptional();
    }

    /** Locks the rows until the transaction ends, in id order so that two batches never wait on each other in a circle. */
    public List<Voucher> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("from Voucher v where v.id in ?1 order by v.id", Voucher.class)
                .setParameter(1, ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * The accounts of these elders, loaded and locked in one statement (a voucher read before its lock would keep the
     * balance it had before the transaction that held the lock committed), in id order like every path that locks
     * several.
     */
    public List<Voucher> lockAllByElder(Collection<UUID> elderIds) {
        if (elderIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("from Voucher v where v.elderId in ?1 order by v.id", Voucher.class)
                .setParameter(1, elderIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public Optional<Voucher> lock(UUID id) {
        return lockAll(List.of(id)).stream().findFirst();
    }

    /** Active accounts without a credit for the period, in id order, at most {@code limit}. */
    public List<UUID> activeWithoutCredit(String period, UUID after, int limit) {
        return getEntityManager().createQuery("""
                select v.id from Voucher v where v.status = ?1 and v.id > ?2
                and not exists (select 1 from LedgerEntry e where e.voucherId = v.id and e.type = ?3 and e.period = ?4)
                order by v.id""", UUID.class)
                .setParameter(1, VoucherStatus.ACTIVE)
                .setParameter(2, after)
                .setParameter(3, org.homecare.voucher.domain.LedgerEntryType.CREDIT)
                .setParameter(4, period)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Accounts with a balance and no expiry for the period yet. */
    public List<UUID> withBalanceNotExpired(String period, UUID after, int limit) {
        return getEntityManager().createQuery("""
                select v.id from Voucher v where v.balanceFen > 0 and v.id > ?1
                and not exists (select 1 from LedgerEntry e where e.voucherId = v.id and e.type = ?2 and e.period = ?3)
                order by v.id""", UUID.class)
                .setParameter(1, after)
                .setParameter(2, org.homecare.voucher.domain.LedgerEntryType.EXPIRY)
                .setParameter(3, period)
                .setMaxResults(limit)
                .getResultList();
    }
}
