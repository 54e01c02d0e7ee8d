package org.homecare.voucher.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.events.SettlementEvents.AdjustmentRecorded;
import org.homecare.contracts.events.SettlementEvents.PaymentReturned;
import org.homecare.contracts.events.SettlementEvents.PeriodClosed;
import org.homecare.contracts.events.SettlementEvents.StatementApproved;
import org.homecare.contracts.events.SettlementEvents.StatementConfirmed;
import org.homecare.contracts.events.SettlementEvents.StatementDeemedConfirmed;
import org.homecare.contracts.events.SettlementEvents.StatementDisputed;
import org.homecare.contracts.events.SettlementEvents.StatementPaid;
import org.homecare.contracts.events.SettlementEvents.StatementResolved;
import org.homecare.contracts.events.Topics;
import org.homecare.contracts.messaging.EventRoutes;
import org.homecare.contracts.outage.OutageRetry;
import org.homecare.voucher.service.ProjectionService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** settlement.v1 → closed periods; failures go to settlement.v1.dlq. */
@ApplicationScoped
public class SettlementEventsConsumer {

    private final EventRoutes<?> routes;

    public SettlementEventsConsumer(ProjectionService projections) {
        this.routes = EventRoutes.of(Topics.SETTLEMENT)
                .on(PeriodClosed.class, projections::periodClosed)
                // the statement workflow and its adjustments concern settlement-service only
                .passOver(StatementConfirmed.class, StatementDisputed.class, StatementApproved.class,
                        StatementPaid.class, AdjustmentRecorded.class, StatementDeemedConfirmed.class,
                        StatementResolved.class, PaymentReturned.class);
    }

    @Incoming("settlement-events")
    @Blocking
    public void on(String json) {
        OutageRetry.run("a settlement.v1 event", () -> routes.dispatch(json));
    }
}
