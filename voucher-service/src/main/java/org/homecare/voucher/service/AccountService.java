package org.homecare.voucher.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.inbox.Inbox;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EligibilityEvents;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.voucher.domain.CardNumber;
import org.homecare.voucher.domain.MonthlyCredit;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;
import org.homecare.voucher.domain.VoucherStatusChange;
import org.homecare.voucher.messaging.VoucherEventMapper;
import org.homecare.voucher.repository.VoucherRepository;
import org.homecare.voucher.repository.VoucherStatusChangeRepository;

/**
 * Voucher accounts follow eligibility.v1: opened on a grant, re-termed on a change, suspended or closed on a revoke.
 * Events are applied a polled batch per transaction ({@link #applyAll}): the batch's vouchers are locked with one
 * query, its entities go out in JDBC batches and its events and audit records as one JDBC batch each, so opening
 * 100,000 accounts after a re-certification costs a few statements per hundreds of events, not several per event.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    public static final String CONSUMER = "voucher-service:eligibility.v1";
    private static final String ACTOR = "system:eligibility-events";

    private final Inbox inbox;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final VoucherRepository vouchers;
    private final VoucherStatusChangeRepository statusChanges;
    private final LedgerService ledger;
    private final VoucherSettings settings;

    public AccountService(Inbox inbox, OutboxWriter outbox, AuditTrail audit, BusinessClock clock,
            VoucherRepository vouchers, VoucherStatusChangeRepository statusChanges, LedgerService ledger,
            VoucherSettings settings) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.vouchers = vouchers;
        this.statusChanges = statusChanges;
        this.ledger = ledger;
        this.settings = settings;
    }

    public void apply(EligibilityEvent event) {
        applyAll(List.of(event));
    }

    /**
     * Applies the events in their order, in one transaction; a redelivered event changes nothing. If one cannot be
     * applied this throws and nothing is applied: the caller then applies them one at a time to find it.
     */
    public void applyAll(List<EligibilityEvent> received) {
        Set<UUID> firstDeliveries = inbox.firstDeliveries(CONSUMER,
                received.stream().map(EligibilityEvent::eventId).toList());
        List<EligibilityEvent> events = new ArrayList<>(firstDeliveries.size());
        for (EligibilityEvent event : received) {
            // remove: the same event twice in one batch is applied once
            if (firstDeliveries.remove(event.eventId())) {
                events.add(event);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        Changes changes = new Changes(vouchers.lockAllByElder(events.stream().map(EligibilityEvent::elderId)
                .collect(Collectors.toSet())));
        changes.cardNumbers(opening(events, changes));
        for (EligibilityEvent event : events) {
            if (event instanceof EligibilityEvent.Granted g) {
                grant(changes, g.elderId(), g.terms());
            } else if (event instanceof EligibilityEvent.Changed c) {
                change(changes, c.elderId(), c.terms());
            } else if (event instanceof EligibilityEvent.Revoked r) {
                revoke(changes, r.data());
            }
        }
        outbox.appendAll(changes.events);
        audit.recordAll(changes.audits);
    }

    /**
     * How many accounts the batch opens: one for each elder without an account that a grant or a change names (a
     * change opens the account when its grant was not seen). So many card numbers are drawn, with one statement.
     */
    private static int opening(List<EligibilityEvent> events, Changes changes) {
        return (int) events.stream().filter(e -> !(e instanceof EligibilityEvent.Revoked))
                .map(EligibilityEvent::elderId).filter(elder -> changes.voucherOf(elder) == null).distinct().count();
    }

    private void grant(Changes changes, UUID elderId, EligibilityEvent.Terms terms) {
        String district = terms.districtCode();
        long amountFen = terms.monthlyAmountFen();
        List<String> categories = terms.categories();
        LocalDate from = terms.effectiveFrom();
        Voucher voucher = changes.voucherOf(elderId);
        if (voucher == null) {
            voucher = Voucher.open(elderId, changes.nextCardNumber(), district, amountFen, categories,
                    clock.today());
            describeElder(voucher, terms);
            changes.open(voucher);
            changes.statusChange(voucher.changeStatus(VoucherStatus.ACTIVE, from, "GRANTED"));
            changes.event(VoucherEventMapper.voucherIssued(voucher, categories, from));
            changes.audit("VOUCHER_ISSUED", "Voucher", voucher.id(), null, snapshot(voucher));
            creditFirstMonth(changes, voucher, from);
            return;
        }
        Map<String, Object> before = snapshot(voucher);
        describeElder(voucher, terms);
        switch (voucher.status()) {
            case ACTIVE -> {
                voucher.setTerms(district, amountFen, categories);
                changes.audit("VOUCHER_TERMS_CHANGED", "Voucher", voucher.id(), before, snapshot(voucher));
            }
            case SUSPENDED -> {
                voucher.setTerms(district, amountFen, categories);
                changes.statusChange(voucher.changeStatus(VoucherStatus.ACTIVE, from, "GRANTED"));
                changes.event(VoucherEventMapper.voucherReactivated(voucher, from));
                changes.audit("VOUCHER_REACTIVATED", "Voucher", voucher.id(), before, snapshot(voucher));
                creditFirstMonth(changes, voucher, from);
            }
            // death is final: a grant after it is a data error upstream, recorded but not acted on
            case CLOSED -> changes.audit("GRANT_FOR_CLOSED_VOUCHER_IGNORED", "Voucher", voucher.id(), before, before);
        }
    }

    private void change(Changes changes, UUID elderId, EligibilityEvent.Terms terms) {
        Voucher voucher = changes.voucherOf(elderId);
        if (voucher == null) {
            // the grant has not been seen (or was lost): the change says the elder is eligible, so open the account
            grant(changes, elderId, terms);
            return;
        }
        Map<String, Object> before = snapshot(voucher);
        describeElder(voucher, terms);
        // the amount takes effect with the next monthly credit; this month's credit is not re-priced
        voucher.setTerms(terms.districtCode(), terms.monthlyAmountFen(), terms.categories());
        changes.audit("VOUCHER_TERMS_CHANGED", "Voucher", voucher.id(), before, snapshot(voucher));
    }

    private void revoke(Changes changes, EligibilityRevoked e) {
        Voucher voucher = changes.voucherOf(e.elderId());
        if (voucher == null) {
            changes.audits.add(new AuditTrail.Entry(ACTOR, "REVOCATION_WITHOUT_VOUCHER", "Elder",
                    e.elderId().toString(), null, Map.of("reason", String.valueOf(e.reason()))));
            return;
        }
        Map<String, Object> before = snapshot(voucher);
        boolean deceased = EligibilityEvents.DECEASED.equals(e.reason());
        if (deceased && voucher.status() != VoucherStatus.CLOSED) {
            changes.statusChange(voucher.changeStatus(VoucherStatus.CLOSED, e.effectiveFrom(), e.reason()));
            changes.event(VoucherEventMapper.voucherClosed(voucher, e.reason(), e.effectiveFrom()));
            changes.audit("VOUCHER_CLOSED", "Voucher", voucher.id(), before, snapshot(voucher));
        } else if (!deceased && voucher.status() == VoucherStatus.ACTIVE) {
            changes.statusChange(voucher.changeStatus(VoucherStatus.SUSPENDED, e.effectiveFrom(), e.reason()));
            changes.event(VoucherEventMapper.voucherSuspended(voucher, e.reason(), e.effectiveFrom()));
            changes.audit("VOUCHER_SUSPENDED", "Voucher", voucher.id(), before, snapshot(voucher));
        }
    }

    /** What eligibility tells about the elder: the masked name, the home cell and the phone for visit codes. */
    private static void describeElder(Voucher voucher, EligibilityEvent.Terms terms) {
        voucher.nameElder(terms.elderName());
        voucher.placeHome(terms.homeCell());
        voucher.recordContactPhone(terms.contactPhone());
    }

    /** This month's money for an account that becomes active now, unless it starts in a later month. */
    private void creditFirstMonth(Changes changes, Voucher voucher, LocalDate from) {
        YearMonth period = clock.currentPeriod();
        if (YearMonth.from(from).isAfter(period)) {
            return;
        }
        LocalDate start = from.isBefore(period.atDay(1)) ? period.atDay(1) : from;
        long amount = MonthlyCredit.firstMonth(settings.firstMonthCredit(), voucher.monthlyAmountFen(), start,
                period);
        ledger.creditIfMissing(voucher, period, amount, ACTOR).ifPresent(changes::posting);
    }

    /**
     * The batch's locked vouchers by elder, and the events and audit records it writes at its end. Its entities are
     * flushed in JDBC batches grouped by entity, so a status change or ledger entry may be inserted before the voucher
     * it references: those references are checked at commit (V2 migration).
     */
    private final class Changes {

        final Map<UUID, Voucher> byElder;
        final List<DomainEvent> events = new ArrayList<>();
        final List<AuditTrail.Entry> audits = new ArrayList<>();
        final Deque<Long> cardNumbers = new ArrayDeque<>();

        void cardNumbers(int count) {
            cardNumbers.addAll(vouchers.nextCardNumbers(count));
        }

        CardNumber nextCardNumber() {
            Long number = cardNumbers.poll();
            // counted in advance (opening): one more would be a mistake here, but a card must still be unique
            return CardNumber.issue(settings.cardPrefix(), number != null ? number
                    : vouchers.nextCardNumbers(1).get(0));
        }

        Changes(List<Voucher> locked) {
            byElder = new HashMap<>();
            locked.forEach(v -> byElder.put(v.elderId(), v));
        }

        Voucher voucherOf(UUID elderId) {
            return byElder.get(elderId);
        }

        void open(Voucher voucher) {
            vouchers.persist(voucher);
            byElder.put(voucher.elderId(), voucher);
        }

        void statusChange(VoucherStatusChange change) {
            statusChanges.persist(change);
        }

        void posting(LedgerService.Posting posting) {
            events.add(posting.event());
            audits.add(posting.audit());
        }

        void event(DomainEvent event) {
            events.add(event);
        }

        void audit(String action, String objectType, UUID objectId, Object before, Object after) {
            audits.add(new AuditTrail.Entry(ACTOR, action, objectType, objectId.toString(), before, after));
        }
    }

    private static Map<String, Object> snapshot(Voucher v) {
        return Map.of("cardNumber", v.cardNumber(), "status", v.status(), "districtCode", v.districtCode(),
                "monthlyAmountFen", v.monthlyAmountFen(), "categories", v.categories(), "balanceFen", v.balanceFen(),
                "homeCell", String.valueOf(v.homeCell()));
    }
}
