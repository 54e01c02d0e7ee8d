package org.homecare.settlement.messaging;

import org.homecare.contracts.events.SettlementEvents.AdjustmentRecorded;
import org.homecare.contracts.events.SettlementEvents.PaymentReturned;
import org.homecare.contracts.events.SettlementEvents.PeriodClosed;
import org.homecare.contracts.events.SettlementEvents.StatementApproved;
import org.homecare.contracts.events.SettlementEvents.StatementConfirmed;
import org.homecare.contracts.events.SettlementEvents.StatementDeemedConfirmed;
import org.homecare.contracts.events.SettlementEvents.StatementDisputed;
import org.homecare.contracts.events.SettlementEvents.StatementPaid;
import org.homecare.contracts.events.SettlementEvents.StatementResolved;
import org.homecare.settlement.domain.Adjustment;
import org.homecare.settlement.domain.Payment;
import org.homecare.settlement.domain.PaymentReturn;
import org.homecare.settlement.domain.SettlementPeriod;
import org.homecare.settlement.domain.Statement;

/** The settlement.v1 events of this service's changes; the use cases append them through the outbox. */
public final class SettlementEventMapper {

    public static PeriodClosed periodClosed(SettlementPeriod period) {
        return new PeriodClosed(period.period(), period.closedAt());
    }

    public static StatementConfirmed statementConfirmed(Statement s) {
        return new StatementConfirmed(s.id(), s.providerId(), s.period(), s.totalFen());
    }

    public static StatementDisputed statementDisputed(Statement s) {
        return new StatementDisputed(s.id(), s.providerId(), s.period(), s.totalFen(), s.disputeReason());
    }

    public static StatementApproved statementApproved(Statement s) {
        return new StatementApproved(s.id(), s.providerId(), s.period(), s.totalFen());
    }

    public static StatementPaid statementPaid(Statement s, Payment payment) {
        return new StatementPaid(s.id(), s.providerId(), s.period(), payment.amountFen(), payment.bankReference(),
                payment.paidOn());
    }

    /** An adjustment announced in the period it lands in (its target). */
    public static AdjustmentRecorded adjustmentRecorded(Adjustment adjustment) {
        return new AdjustmentRecorded(adjustment.id(), adjustment.providerId(), adjustment.serviceLogId(),
                adjustment.targetPeriod(), adjustment.amountFen(), adjustment.reason());
    }

    public static StatementDeemedConfirmed statementDeemedConfirmed(Statement s, int confirmationDays) {
        return new StatementDeemedConfirmed(s.id(), s.providerId(), s.period(), s.totalFen(), confirmationDays);
    }

    public static StatementResolved statementResolved(Statement s, String outcome, long correctionFen) {
        return new StatementResolved(s.id(), s.providerId(), s.period(), outcome, correctionFen, s.totalFen());
    }

    public static PaymentReturned paymentReturned(Statement s, Payment payment, PaymentReturn returned) {
        return new PaymentReturned(s.id(), s.providerId(), s.period(), payment.amountFen(), payment.bankReference(),
                returned.returnedOn(), returned.reasonCode().name());
    }

    private SettlementEventMapper() {
    }
}
