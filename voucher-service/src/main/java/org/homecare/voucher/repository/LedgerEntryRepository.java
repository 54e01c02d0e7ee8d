package org.homecare.voucher.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.voucher.domain.LedgerEntry;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    public PanacheQuery<LedgerEntry> ofVoucher(UUID voucherId) {
        return find("voucherId", Sort.by("seq"), voucherId);
    }

    public long sumOf(UUID voucherId) {
        Long sum = getEntityManager()
                .createQuery("select coalesce(sum(e.amountFen), 0) from LedgerEntry e where e.voucherId = ?1", Long.class)
                .setParameter(1, voucherId).getSingleResult();
        return sum;
    }
}
