package org.homecare.voucher.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.events.VoucherEvents.VoucherClosed;
import org.homecare.contracts.events.VoucherEvents.VoucherIssued;
import org.homecare.contracts.events.VoucherEvents.VoucherReactivated;
import org.homecare.contracts.events.VoucherEvents.VoucherSuspended;
import org.homecare.contracts.inbox.Inbox;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.voucher.domain.MonthlyCredit;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;
import org.homecare.voucher.repository.VoucherRepository;
import org.homecare.voucher.repository.VoucherStatusChangeRepository;

/** Voucher accounts follow eligibility.v1: opened on a grant, re-termed on a change, suspended or closed on a revoke. */
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

    public void apply(EventEnvelope envelope) {
        if (!inbox.firstDelivery(CONSUMER, envelope.id())) {
            return;
        }
        switch (envelope.type()) {
            case "EligibilityGranted" -> {
                EligibilityGranted e = EventCodec.data(envelope, EligibilityGranted.class);
                checkTerms(envelope, e.elderId(), e.districtCode(), e.monthlyAmountFen(), e.categories(),
                        e.effectiveFrom());
                grant(e.elderId(), e.districtCode(), e.monthlyAmountFen(), e.categories(), e.effectiveFrom());
            }
            case "EligibilityChanged" -> {
                EligibilityChanged e = EventCodec.data(envelope, EligibilityChanged.class);
                checkTerms(envelope, e.elderId(), e.districtCode(), e.monthlyAmountFen(), e.categories(),
                        e.effectiveFrom());
                change(e);
            }
            case "EligibilityRevoked" -> {
                EligibilityRevoked e = EventCodec.data(envelope, EligibilityRevoked.class);
                if (e.elderId() == null || e.effectiveFrom() == null) {
                    throw new MalformedEventException("EligibilityRevoked " + envelope.id()
                            + " lacks elderId or effectiveFrom");
                }
                revoke(e);
            }
            default -> throw new MalformedEventException("unknown event type " + envelope.type() + " on eligibility.v1");
        }
    }

    private void grant(UUID elderId, String district, long amountFen, List<String> categories, LocalDate from) {
        Optional<Voucher> existing = lockByElder(elderId);
        if (existing.isEmpty()) {
            Voucher voucher = Voucher.open(elderId, district, amountFen, categories, clock.today());
            vouchers.persist(voucher);
            statusChanges.persist(voucher.changeStatus(VoucherStatus.ACTIVE, from, "GRANTED"));
            outbox.append(new VoucherIssued(voucher.id(), elderId, district, amountFen, List.copyOf(categories),
                    from));
            audit.record(ACTOR, "VOUCHER_ISSUED", "Voucher", voucher.id().toString(), null, snapshot(voucher));
            creditFirstMonth(voucher, from);
            return;
        }
        Voucher voucher = existing.get();
        Map<String, Object> before = snapshot(voucher);
        switch (voucher.status()) {
            case ACTIVE -> {
                voucher.setTerms(district, amountFen, categories);
                audit.record(ACTOR, "VOUCHER_TERMS_CHANGED", "Voucher", voucher.id().toString(), before,
                        snapshot(voucher));
            }
            case SUSPENDED -> {
                voucher.setTerms(district, amountFen, categories);
                statusChanges.persist(voucher.changeStatus(VoucherStatus.ACTIVE, from, "GRANTED"));
                outbox.append(new VoucherReactivated(voucher.id(), elderId, from));
                audit.record(ACTOR, "VOUCHER_REACTIVATED", "Voucher", voucher.id().toString(), before,
                        snapshot(voucher));
                creditFirstMonth(voucher, from);
            }
            // death is final: a grant after it is a data error upstream, recorded but not acted on
            case CLOSED -> audit.record(ACTOR, "GRANT_FOR_CLOSED_VOUCHER_IGNORED", "Voucher",
                    voucher.id().toString(), before, before);
        }
    }

    private void change(EligibilityChanged e) {
        Optional<Voucher> existing = lockByElder(e.elderId());
        if (existing.isEmpty()) {
            // the grant has not been seen (or was lost): the change says the elder is eligible, so open the account
            grant(e.elderId(), e.districtCode(), e.monthlyAmountFen(), e.categories(), e.effectiveFrom());
            return;
        }
        Voucher voucher = existing.get();
        Map<String, Object> before = snapshot(voucher);
        // the amount takes effect with the next monthly credit; this month's credit is not re-priced
        voucher.setTerms(e.districtCode(), e.monthlyAmountFen(), e.categories());
        audit.record(ACTOR, "VOUCHER_TERMS_CHANGED", "Voucher", voucher.id().toString(), before, snapshot(voucher));
    }

    private void revoke(EligibilityRevoked e) {
        Optional<Voucher> existing = lockByElder(e.elderId());
        if (existing.isEmpty()) {
            audit.record(ACTOR, "REVOCATION_WITHOUT_VOUCHER", "Elder", e.elderId().toString(), null,
                    Map.of("reason", String.valueOf(e.reason())));
            return;
        }
        Voucher voucher = existing.get();
        Map<String, Object> before = snapshot(voucher);
        boolean deceased = "DECEASED".equals(e.reason());
        if (deceased && voucher.status() != VoucherStatus.CLOSED) {
            statusChanges.persist(voucher.changeStatus(VoucherStatus.CLOSED, e.effectiveFrom(), e.reason()));
            outbox.append(new VoucherClosed(voucher.id(), voucher.elderId(), e.reason(), e.effectiveFrom()));
            audit.record(ACTOR, "VOUCHER_CLOSED", "Voucher", voucher.id().toString(), before, snapshot(voucher));
        } else if (!deceased && voucher.status() == VoucherStatus.ACTIVE) {
            statusChanges.persist(voucher.changeStatus(VoucherStatus.SUSPENDED, e.effectiveFrom(), e.reason()));
            outbox.append(new VoucherSuspended(voucher.id(), voucher.elderId(), e.reason(), e.effectiveFrom()));
            audit.record(ACTOR, "VOUCHER_SUSPENDED", "Voucher", voucher.id().toString(), before, snapshot(voucher));
        }
    }

    /** This month's money for an account that becomes active now, unless it starts in a later month. */
    private void creditFirstMonth(Voucher voucher, LocalDate from) {
        YearMonth period = clock.currentPeriod();
        if (YearMonth.from(from).isAfter(period)) {
            return;
        }
        LocalDate start = from.isBefore(period.atDay(1)) ? period.atDay(1) : from;
        long amount = MonthlyCredit.firstMonth(settings.firstMonthCredit(), voucher.monthlyAmountFen(), start,
                period);
        ledger.creditIfMissing(voucher, period, amount, ACTOR);
    }

    private Optional<Voucher> lockByElder(UUID elderId) {
        return vouchers.lockByElder(elderId);
    }

    private static void checkTerms(EventEnvelope envelope, UUID elderId, String district, long amountFen,
            List<String> categories, LocalDate from) {
        if (elderId == null || district == null || !district.matches("\\d{6}") || amountFen < 0
                || categories == null || from == null) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id()
                    + " lacks elderId, a 6-digit districtCode, a non-negative amount, categories or effectiveFrom");
        }
    }

    private static Map<String, Object> snapshot(Voucher v) {
        return Map.of("status", v.status(), "districtCode", v.districtCode(), "monthlyAmountFen",
                v.monthlyAmountFen(), "categories", v.categories(), "balanceFen", v.balanceFen());
    }
}
