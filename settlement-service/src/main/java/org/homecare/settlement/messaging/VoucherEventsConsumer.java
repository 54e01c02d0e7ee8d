package org.homecare.settlement.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.events.Topics;
import org.homecare.contracts.events.VoucherEvents.BalanceExpired;
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
import org.homecare.contracts.messaging.BatchConsumption;
import org.homecare.contracts.messaging.EventRoutes;
import org.homecare.settlement.service.LedgerEvent;
import org.homecare.settlement.service.LogBatchLedger;
import org.homecare.settlement.service.LogLedger;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * voucher.v1 → the log ledger, a polled batch at a time ({@link BatchConsumption}): the batch in one transaction
 * ({@link LogBatchLedger}), one by one ({@link LogLedger}) should it fail, so only the event at fault goes to
 * voucher.v1.dlq. Account events (issued, credited, ...) are not settlement's concern and are passed over; so are
 * held logs (owed nothing until their ServiceLogAccepted comes; a held log then voided arrives as a void without an
 * accept, never owed) and corrections (the void of the old log and the accept of the new one carry the money).
 */
@ApplicationScoped
public class VoucherEventsConsumer {

    /** Log events are read by their {@code ce_type} header straight into their records: this topic's volume needs it. */
    static final EventRoutes<LedgerEvent> ROUTES = EventRoutes.<LedgerEvent>of(Topics.VOUCHER)
            .read(ServiceLogAccepted.class, LedgerEvent.Accepted::new)
            .read(ServiceLogVoided.class, LedgerEvent.Voided::new)
            .read(ServiceLogRejected.class, LedgerEvent.Rejected::new)
            .passOver(VoucherIssued.class, VoucherCredited.class, VoucherSuspended.class, VoucherReactivated.class,
                    VoucherClosed.class, BalanceExpired.class, ServiceLogHeld.class, ServiceLogCorrected.class);

    private final BatchConsumption<LedgerEvent> consumption;

    public VoucherEventsConsumer(LogBatchLedger batchLedger, LogLedger ledger) {
        this.consumption = new BatchConsumption<>(Topics.VOUCHER,
                record -> ROUTES.read(record.getPayload(), BatchConsumption.typeHeader(record)), batchLedger::apply,
                ledger::apply);
    }

    @Incoming("voucher-events")
    public Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return consumption.consume(batch);
    }
}
