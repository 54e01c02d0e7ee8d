package org.homecare.voucher.service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.homecare.voucher.repository.PeriodBalances;
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
    private final PeriodBalances periodBalances;

    public LedgerService(VoucherRepository vouchers, LedgerEntryRepository entries, OutboxWriter outbox,
            AuditTrail audit, BusinessClock clock, EntityManager entityManager, PeriodBalances periodBalances) {
        this.vouchers = vouchers;
        this.entries = entries;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
        this.periodBalances = periodBalances;
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
        if (voucher.entryCount() == 0) {
            voucher.knowPeriodBalance(period.toString(), 0);
        } else {
            periodBalances.load(List.of(voucher), List.of(period.toString()));
        }
        return Optional.of(credit(voucher, period, amountFen, actor));
    }

    public Chunk creditNextChunk(YearMonth period, UUID after, int size, String actor) {
        List<UUID> ids = vouchers.activeWithoutCredit(period.toString(), after, size);
        Set<UUID> already = creditedOf(ids, period);
        List<Posting> postings = new ArrayList<>();
        List<Voucher> locked = vouchers.lockAll(ids);
        periodBalances.load(locked, List.of(period.toString()));
        for (Voucher voucher : locked) {
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
     * Ends the period's money on the accounts of the next chunk: what is left of the period's own balance expires,
     * or, with {@code carry}, moves into the next period (two CARRY_OVER entries). Money of other periods is kept.
     */
    public Chunk endNextChunk(YearMonth period, boolean carry, UUID after, int size, String actor) {
        List<UUID> ids = vouchers.withBalanceNotEnded(period.toString(), after, size);
        String from = period.toString();
        String into = period.plusMonths(1).toString();
        Map<UUID, Map<String, Long>> balances = periodBalances.read(ids, List.of(from));
        // only accounts with money of the period left are locked: the others are passed over without holding them
        List<UUID> due = ids.stream().filter(id -> balances.get(id).get(from) > 0).toList();
        List<Voucher> locked = vouchers.lockAll(due);
        periodBalances.load(locked, List.of(from, into));
        List<Posting> postings = new ArrayList<>();
        Instant now = clock.instant();
        for (Voucher voucher : locked) {
            // re-read under the lock: a void or a log may have changed it since the query
            long amount = voucher.periodBalanceFen(from);
            if (amount > 0) {
                postings.add(carry ? carry(voucher, period, amount, actor, now) : expire(voucher, period, amount,
                        actor, now));
            }
        }
        write(postings);
        return new Chunk(ids.size(), postings.size(), ids.isEmpty() ? after : ids.get(ids.size() - 1));
    }

    private Posting expire(Voucher voucher, YearMonth period, long amount, String actor, Instant now) {
        long before = voucher.balanceFen();
        LedgerEntry entry = voucher.post(LedgerEntryType.EXPIRY, -amount, period.toString(), "expiry " + period, now);
        entries.persist(entry);
        return new Posting(entry, VoucherEventMapper.balanceExpired(voucher, entry),
                new AuditTrail.Entry(actor, "BALANCE_EXPIRED", "Voucher", voucher.id().toString(),
                        Map.of("balanceFen", before, "period", period.toString()),
                        Map.of("balanceFen", voucher.balanceFen(), "ledgerEntryId", entry.id())));
    }

    /** Carry-over is money moving between two months of one account: audited, no event (the balance is unchanged). */
    private Posting carry(Voucher voucher, YearMonth period, long amount, String actor, Instant now) {
        YearMonth next = period.plusMonths(1);
        LedgerEntry out = voucher.post(LedgerEntryType.CARRY_OVER, -amount, period.toString(), "carry-over to " + next,
                now);
        LedgerEntry in = voucher.post(LedgerEntryType.CARRY_OVER, amount, next.toString(),
                "carry-over from " + period, now);
        entries.persist(out);
        entries.persist(in);
        return new Posting(in, null, new AuditTrail.Entry(actor, "BALANCE_CARRIED_OVER", "Voucher",
                voucher.id().toString(), Map.of("period", period.toString(), "amountFen", amount),
                Map.of("period", next.toString(), "ledgerEntryIds", List.of(out.id(), in.id()))));
    }

    /** The events and audit records of these postings, in their order, as one JDBC batch each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(List<Posting> postings) {
        outbox.appendAll(postings.stream().map(Posting::event).filter(Objects::nonNull).toList());
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
}
