package org.homecare.voucher.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homecare.contracts.events.VoucherEvents.BalanceExpired;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogCorrected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogHeld;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogVoided;
import org.homecare.contracts.events.VoucherEvents.VoucherClosed;
import org.homecare.contracts.events.VoucherEvents.VoucherCredited;
import org.homecare.contracts.events.VoucherEvents.VoucherIssued;
import org.homecare.contracts.events.VoucherEvents.VoucherReactivated;
import org.homecare.contracts.events.VoucherEvents.VoucherSuspended;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogStatus;
import org.homecare.voucher.domain.Voucher;

/** The voucher.v1 events of this service's changes; the use cases append them through the outbox. */
public final class VoucherEventMapper {

    /** @param categories as the grant lists them (the account keeps them as a set) */
    public static VoucherIssued voucherIssued(Voucher voucher, List<String> categories, LocalDate effectiveFrom) {
        return new VoucherIssued(voucher.id(), voucher.elderId(), voucher.districtCode(), voucher.monthlyAmountFen(),
                List.copyOf(categories), effectiveFrom, voucher.cardNumber());
    }

    public static VoucherReactivated voucherReactivated(Voucher voucher, LocalDate effectiveFrom) {
        return new VoucherReactivated(voucher.id(), voucher.elderId(), effectiveFrom);
    }

    public static VoucherSuspended voucherSuspended(Voucher voucher, String reason, LocalDate effectiveFrom) {
        return new VoucherSuspended(voucher.id(), voucher.elderId(), reason, effectiveFrom);
    }

    public static VoucherClosed voucherClosed(Voucher voucher, String reason, LocalDate effectiveFrom) {
        return new VoucherClosed(voucher.id(), voucher.elderId(), reason, effectiveFrom);
    }

    public static VoucherCredited voucherCredited(Voucher voucher, LedgerEntry credit) {
        return new VoucherCredited(voucher.id(), voucher.elderId(), credit.period(), credit.amountFen(),
                credit.balanceAfterFen(), credit.id());
    }

    /** The event carries the amount expired, a positive number; the ledger entry takes it off the balance. */
    public static BalanceExpired balanceExpired(Voucher voucher, LedgerEntry expiry) {
        return new BalanceExpired(voucher.id(), voucher.elderId(), expiry.period(), -expiry.amountFen(),
                expiry.balanceAfterFen(), expiry.id());
    }

    /** What a newly stored log announces: accepted and payable, held on its visit exceptions, or rejected. */
    public static DomainEvent decided(ServiceLog log, Instant at) {
        if (log.status() == ServiceLogStatus.REJECTED) {
            return serviceLogRejected(log, at);
        }
        return log.held() ? serviceLogHeld(log, at) : serviceLogAccepted(log, at);
    }

    public static ServiceLogHeld serviceLogHeld(ServiceLog log, Instant heldAt) {
        return new ServiceLogHeld(log.id(), log.providerLogId(), log.providerId(), log.elderId(), log.voucherId(),
                log.itemCode(), log.amountFen(), log.serviceDate(), log.period(), log.exceptionCodes(), heldAt);
    }

    public static ServiceLogCorrected serviceLogCorrected(ServiceLog next, List<String> changedFields,
            Instant correctedAt) {
        return new ServiceLogCorrected(next.id(), next.correctsLogId(), next.providerLogId(), next.providerId(),
                next.voucherId(), next.version(), next.correctionReason().name(), changedFields, next.period(),
                correctedAt);
    }

    /** Of a log accepted now, or released now from its visit exceptions: payable from {@code acceptedAt}. */
    public static ServiceLogAccepted serviceLogAccepted(ServiceLog log, Instant acceptedAt) {
        return new ServiceLogAccepted(log.id(), log.providerLogId(), log.providerId(), log.elderId(), log.voucherId(),
                log.caregiverId(), log.itemCode(), log.category(), log.districtCode(), log.units(),
                log.unitPriceFen(), log.amountFen(), log.serviceDate(), log.startTime(), log.endTime(), log.period(),
                acceptedAt);
    }

    public static ServiceLogRejected serviceLogRejected(ServiceLog log, Instant rejectedAt) {
        return new ServiceLogRejected(log.id(), log.providerLogId(), log.providerId(), log.elderId(), log.voucherId(),
                log.caregiverId(), log.itemCode(), log.districtCode(), log.reasons(), log.serviceDate(), log.period(),
                rejectedAt);
    }

    /** Of a log just voided: its reason and time are the void's. */
    public static ServiceLogVoided serviceLogVoided(ServiceLog log) {
        return new ServiceLogVoided(log.id(), log.providerLogId(), log.providerId(), log.elderId(), log.voucherId(),
                log.itemCode(), log.amountFen(), log.period(), log.voidReason(), log.voidedAt());
    }

    private VoucherEventMapper() {
    }
}
