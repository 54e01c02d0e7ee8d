package org.homecare.voucher.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homecare.contracts.clock.SubmissionWindow;

/**
 * The redemption rules of docs/domain.md ("Service logs"). Checks every rule and reports every reason that applies,
 * so a provider can fix all of them at once. Plain Java: the caller gathers the facts.
 */
public final class ServiceLogValidator {

    /**
     * Longer than a day is not one service visit but a data-entry error. So no accepted log is longer, which lets
     * the overlap query bound its search by start time.
     */
    public static final Duration LONGEST_SERVICE = Duration.ofHours(24);

    private final ZoneId zone;
    private final SubmissionWindow window;

    /** @param window until when after its month a log may still be submitted */
    public ServiceLogValidator(ZoneId zone, SubmissionWindow window) {
        this.zone = zone;
        this.window = window;
    }

    public RedemptionDecision decide(ServiceLog.Submitted log, RedemptionFacts facts, Instant now) {
        Set<RejectionReason> reasons = EnumSet.noneOf(RejectionReason.class);
        LocalDate serviceDate = log.startTime().atZone(zone).toLocalDate();
        YearMonth period = YearMonth.from(serviceDate);

        if (!log.endTime().isAfter(log.startTime())
                || Duration.between(log.startTime(), log.endTime()).compareTo(LONGEST_SERVICE) > 0) {
            reasons.add(RejectionReason.INVALID_TIME_RANGE);
        }
        if (log.endTime().isAfter(now) || log.startTime().isAfter(now)) {
            reasons.add(RejectionReason.IN_FUTURE);
        }
        if (!window.isOpen(period, now)) {
            reasons.add(RejectionReason.SUBMITTED_TOO_LATE);
        }
        if (facts.periodClosed()) {
            reasons.add(RejectionReason.PERIOD_CLOSED);
        }

        Voucher voucher = facts.voucher();
        if (voucher == null) {
            reasons.add(RejectionReason.VOUCHER_NOT_FOUND);
        } else if (!facts.voucherTimeline().is(VoucherStatus.ACTIVE, serviceDate)) {
            reasons.add(RejectionReason.VOUCHER_NOT_ACTIVE);
        }
        if (!facts.providerTimeline().is(ProviderStatus.ACTIVE, serviceDate)) {
            reasons.add(RejectionReason.PROVIDER_NOT_ACTIVE);
        }

        // the price of the item in the latest-starting contract in force that has one; plain loops, because this
        // runs for every log of every batch
        List<ContractTerms> inForce = new ArrayList<>(facts.contracts().size());
        ContractTerms pricing = null;
        ContractTerms.Rate rate = null;
        for (ContractTerms contract : facts.contracts()) {
            if (!contract.covers(serviceDate)) {
                continue;
            }
            inForce.add(contract);
            Optional<ContractTerms.Rate> rateOn = contract.rateOn(log.itemCode(), serviceDate);
            if (rateOn.isPresent() && (pricing == null || contract.validFrom().isAfter(pricing.validFrom()))) {
                pricing = contract;
                rate = rateOn.get();
            }
        }
        if (rate == null) {
            reasons.add(RejectionReason.NO_CONTRACT_FOR_ITEM);
        }
        if (voucher != null) {
            if (!served(inForce, facts.providerDistricts(), voucher.districtCode())) {
                reasons.add(RejectionReason.DISTRICT_NOT_SERVED);
            }
            if (rate != null && !voucher.allowsCategory(rate.category())) {
                reasons.add(RejectionReason.CATEGORY_NOT_ALLOWED);
            }
        }
        if (facts.caregiver() == null || !facts.caregiver().worksFor(facts.providerId(), serviceDate)) {
            reasons.add(RejectionReason.CAREGIVER_NOT_OF_PROVIDER);
        }
        if (facts.caregiverBusy()) {
            reasons.add(RejectionReason.CAREGIVER_OVERLAP);
        }
        if (facts.duplicateService()) {
            reasons.add(RejectionReason.DUPLICATE_SERVICE);
        }

        Optional<RedemptionDecision.Price> price = rate == null ? Optional.empty()
                : Optional.of(new RedemptionDecision.Price(rate.category(), rate.unitPriceFen(),
                        Math.multiplyExact(rate.unitPriceFen(), (long) log.units())));
        if (voucher != null && price.isPresent() && price.get().amountFen() > facts.availableBalanceFen()) {
            reasons.add(RejectionReason.VOUCHER_BALANCE_INSUFFICIENT);
        }
        return new RedemptionDecision(reasons, serviceDate, period, price, rate);
    }

    /** The districts of the contracts in force, or the provider's own when none is. */
    private static boolean served(List<ContractTerms> inForce, Set<String> providerDistricts, String district) {
        if (inForce.isEmpty()) {
            return providerDistricts.contains(district);
        }
        for (ContractTerms contract : inForce) {
            if (contract.districtCodes().contains(district)) {
                return true;
            }
        }
        return false;
    }
}
