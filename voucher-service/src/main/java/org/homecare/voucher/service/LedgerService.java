package org.homecare.voucher.service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.LedgerEntryType;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;
import org.homecare.voucher.messaging.VoucherEventMapper;
import org.homecare.voucher.repository.LedgerEntryRepository;
import org.homecare.voucher.repository.VoucherRepository;

/** Monthly credits and expiries, each at most once per account and period (checked under the row lock, and unique). */
@ApplicationScoped
@Transactional
public class LedgerService {

    /** What one transaction of a run did; {@code last} is where the next chunk starts. */
    public record Chunk(int examined, int posted, UUID last) {
    }

    private final VoucherRepository vouchers;
    private final LedgerEntryRepository entries;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final EntityManager entityManager;

    public LedgerService(VoucherRepository vouchers, LedgerEntryRepository entries, OutboxWriter outbox,
            AuditTrail audit, BusinessClock clock, EntityManager entityManager) {
        this.vouchers = vouchers;
        this.entries = entries;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * A posted ledger entry with the event and the audit record that go with it: the caller writes those, so a
     * chunk or a batch of postings goes out as one JDBC batch of events and one of audit records.
     */
    public record Posting(LedgerEntry entry, DomainEvent event, AuditTrail.Entry audit) {
    }

    /** Credits a locked account for the period unless it already was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Posting> creditIfMissing(Voucher voucher, YearMonth period, long amountFen, String actor) {
        // an account without any entry has no credit yet: no query for the accounts a batch of grants opens
        if (amountFen <= 0 || voucher.entryCount() > 0 && !creditedOf(List.of(voucher.id()), period).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(credit(voucher, period, amountFen, actor));
    }

    public Chunk creditNextChunk(YearMonth period, UUID after, int size, String actor) {
        List<UUID> ids = vouchers.activeWithoutCredit(period.toString(), after, size);
        Set<UUID> already = creditedOf(ids, period);
        List<Posting> postings = new ArrayList<>();
        for (Voucher voucher : vouchers.lockAll(ids)) {
            // re-checked under the lock: a grant or another run may have credited it since the query
            if (voucher.status() == VoucherStatus.ACTIVE && !already.contains(voucher.id())
                    && voucher.monthlyAmountFen() > 0) {
                postings.add(credit(voucher, period, voucher.monthlyAmountFen(), actor));
            }
        }
        write(postings);
        return new Chunk(ids.size(), postings.size(), ids.isEmpty() ? after : ids.get(ids.size() - 1));
    }

    /**
     * Expires what is left of the period's money and of earlier periods'. Money credited for a later period (an
     * account opened on the 1st before the run) is kept.
     */
    public Chunk expireNextChunk(YearMonth period, UUID after, int size, String actor) {
        List<UUID> ids = vouchers.withBalanceNotExpired(period.toString(), after, size);
        Map<UUID, Long> upToPeriod = sumsUpTo(ids, period);
        Set<UUID> already = expiredOf(ids, period);
        // only accounts with money of the period (or earlier) left are locked: a run after the month's first day
        // passes over the accounts opened since without holding them
        List<UUID> due = ids.stream().filter(id -> upToPeriod.getOrDefault(id, 0L) > 0 && !already.contains(id))
                .toList();
        List<Posting> postings = new ArrayList<>();
        Instant now = clock.instant();
        for (Voucher voucher : vouchers.lockAll(due)) {
            long amount = Math.min(voucher.balanceFen(), upToPeriod.getOrDefault(voucher.id(), 0L));
            if (amount <= 0 || already.contains(voucher.id())) {
                continue;
            }
            long before = voucher.balanceFen();
            LedgerEntry entry = voucher.post(LedgerEntryType.EXPIRY, -amount, period.toString(),
                    "expiry " + period, now);
            entries.persist(entry);
            postings.add(new Posting(entry, VoucherEventMapper.balanceExpired(voucher, entry),
                    new AuditTrail.Entry(actor, "BALANCE_EXPIRED", "Voucher", voucher.id().toString(),
                            Map.of("balanceFen", before),
                            Map.of("balanceFen", voucher.balanceFen(), "ledgerEntryId", entry.id()))));
        }
        write(postings);
        return new Chunk(ids.size(), postings.size(), ids.isEmpty() ? after : ids.get(ids.size() - 1));
    }

    /** The events and audit records of these postings, in their order, as one JDBC batch each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(List<Posting> postings) {
        outbox.appendAll(postings.stream().map(Posting::event).toList());
        audit.recordAll(postings.stream().map(Posting::audit).toList());
    }

    private Posting credit(Voucher voucher, YearMonth period, long amountFen, String actor) {
        long before = voucher.balanceFen();
        LedgerEntry entry = voucher.post(LedgerEntryType.CREDIT, amountFen, period.toString(), "credit " + period,
                clock.instant());
        entries.persist(entry);
        return new Posting(entry, VoucherEventMapper.voucherCredited(voucher, entry),
                new AuditTrail.Entry(actor, "VOUCHER_CREDITED", "Voucher", voucher.id().toString(),
                        Map.of("balanceFen", before), Map.of("balanceFen", voucher.balanceFen(), "period",
                                period.toString(), "ledgerEntryId", entry.id())));
    }

    private Set<UUID> creditedOf(List<UUID> ids, YearMonth period) {
        return typedOf(ids, period, LedgerEntryType.CREDIT);
    }

    private Set<UUID> expiredOf(List<UUID> ids, YearMonth period) {
        return typedOf(ids, period, LedgerEntryType.EXPIRY);
    }

    private Set<UUID> typedOf(List<UUID> ids, YearMonth period, LedgerEntryType type) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("""
                select e.voucherId from LedgerEntry e where e.voucherId in ?1 and e.type = ?2 and e.period = ?3""",
                UUID.class)
                .setParameter(1, ids).setParameter(2, type).setParameter(3, period.toString())
                .getResultList());
    }

    private Map<UUID, Long> sumsUpTo(List<UUID> ids, YearMonth period) {
        Map<UUID, Long> sums = new HashMap<>();
        if (ids.isEmpty()) {
            return sums;
        }
        // periods are written yyyy-MM, so text order is time order
        entityManager.createQuery("""
                select e.voucherId, sum(e.amountFen) from LedgerEntry e
                where e.voucherId in ?1 and e.period <= ?2 group by e.voucherId""", Object[].class)
                .setParameter(1, ids).setParameter(2, period.toString())
                .getResultStream().forEach(row -> sums.put((UUID) row[0], (Long) row[1]));
        return sums;
    }
}
