package org.homecare.voucher.repository;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import org.homecare.contracts.caller.DistrictScope;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Vouchers. The reads behind the API take the caller's districts ({@link #findVisible}, {@link #search}): a voucher
 * outside them is not found, the same as one that does not exist.
 */
@ApplicationScoped
public class VoucherRepository implements PanacheRepositoryBase<Voucher, UUID> {

    /**
     * A provider's clients: the vouchers it may serve (active, in a district of one of its contracts in force, with a
     * category that contract has a price for) and those it served in the window (an accepted log, not voided, of a
     * period from {@code :servedFrom} on).
     */
    private static final String CLIENTS = """
            with terms as (
                select string_to_array(c.district_codes, ',') as districts,
                       array(select distinct cast(r.category as text) from contract_rate r where r.contract_id = c.id)
                           as categories
                from contract c
                where c.provider_id = :provider and c.valid_from <= :today and c.valid_to >= :today
                  and (c.ended_on is null or c.ended_on >= :today)
            ), clients as (
                select v.id from voucher v
                where v.status = 'ACTIVE'
                  and v.district_code = any(array(select unnest(t.districts) from terms t))
                  and exists (select 1 from terms t where v.district_code = any(t.districts)
                              and string_to_array(v.categories, ',') && t.categories)
                union
                select s.voucher_id from service_log s
                where s.provider_id = :provider and s.period >= :servedFrom and s.status = 'ACCEPTED'
            )
            """;

    public Optional<Voucher> findByElder(UUID elderId) {
        return find("elderId", elderId).firstResultOptional();
    }

    /** The voucher, if it exists and its district is the caller's to see. */
    public Optional<Voucher> findVisible(UUID id, DistrictScope scope) {
        if (scope.cityWide()) {
            return findByIdOptional(id);
        }
        return find("id = ?1 and districtCode in ?2", id, scope.sortedCodes()).firstResultOptional();
    }

    /**
     * Vouchers in id order, of one elder if named, of these districts only if given.
     *
     * @param districts empty for every district
     */
    public PanacheQuery<Voucher> search(UUID elderId, Optional<Set<String>> districts) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (elderId != null) {
            where.append(" and elderId = :elder");
            params.and("elder", elderId);
        }
        districts.ifPresent(codes -> {
            where.append(" and districtCode in :districts");
            params.and("districts", codes);
        });
        return find(where.toString(), Sort.by("id"), params);
    }

    /**
     * One page of the provider's clients in card-number order, all of them or the one with the card number.
     *
     * @param servedFrom the first period whose accepted logs make a client
     */
    @SuppressWarnings("unchecked")
    public List<Voucher> clientsOf(UUID providerId, LocalDate today, YearMonth servedFrom, Optional<String> cardNumber,
            long offset, int limit) {
        Query query = getEntityManager().createNativeQuery(CLIENTS + "select v.* from voucher v join clients k on "
                + "k.id = v.id" + (cardNumber.isPresent() ? " where v.card_number = :card" : "")
                + " order by v.card_number limit :limit offset :offset", Voucher.class);
        bindClients(query, providerId, today, servedFrom, cardNumber);
        return query.setParameter("limit", limit).setParameter("offset", offset).getResultList();
    }

    public long countClientsOf(UUID providerId, LocalDate today, YearMonth servedFrom, Optional<String> cardNumber) {
        Query query = getEntityManager().createNativeQuery(CLIENTS + "select count(*) from voucher v join clients k on "
                + "k.id = v.id" + (cardNumber.isPresent() ? " where v.card_number = :card" : ""));
        bindClients(query, providerId, today, servedFrom, cardNumber);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void bindClients(Query query, UUID providerId, LocalDate today, YearMonth servedFrom,
            Optional<String> cardNumber) {
        query.setParameter("provider", providerId).setParameter("today", today)
                .setParameter("servedFrom", servedFrom.toString());
        cardNumber.ifPresent(number -> query.setParameter("card", number));
    }

    /**
     * The numbers of {@code count} new cards, ascending, in one statement for a batch of grants. Taken from the
     * sequence, so never handed out twice, whatever rolls back.
     */
    @SuppressWarnings("unchecked")
    public List<Long> nextCardNumbers(int count) {
        if (count == 0) {
            return List.of();
        }
        return ((List<Number>) getEntityManager()
                .createNativeQuery("select nextval('voucher_card_number_seq') from generate_series(1, ?1)")
                .setParameter(1, count).getResultList()).stream().map(Number::longValue).sorted().toList();
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

    /** Accounts with a balance whose period has not ended yet: no expiry of it and no carry out of it. */
    public List<UUID> withBalanceNotEnded(String period, UUID after, int limit) {
        return getEntityManager().createQuery("""
                select v.id from Voucher v where v.balanceFen > 0 and v.id > ?1
                and not exists (select 1 from LedgerEntry e where e.voucherId = v.id and e.period = ?2
                    and (e.type = ?3 or e.type = ?4 and e.amountFen < 0))
                order by v.id""", UUID.class)
                .setParameter(1, after)
                .setParameter(2, period)
                .setParameter(3, org.homecare.voucher.domain.LedgerEntryType.EXPIRY)
                .setParameter(4, org.homecare.voucher.domain.LedgerEntryType.CARRY_OVER)
                .setMaxResults(limit)
                .getResultList();
    }
}
