package org.homecare.eligibility.messaging;

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
import org.homecare.eligibility.service.VoucherLinks;
import org.homecare.eligibility.service.VoucherLinks.IssuedVoucher;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * voucher.v1 → which voucher each elder holds (VoucherIssued), so a caseworker goes from the elder to its balance in
 * one step. A polled batch at a time: the topic is busy with service-log events, which are passed over.
 */
@ApplicationScoped
public class VoucherEventsConsumer {

    /** Package-private for the test that every voucher.v1 type is read or passed over. */
    static final EventRoutes<IssuedVoucher> ROUTES = EventRoutes.<IssuedVoucher>of(Topics.VOUCHER)
            .read(VoucherIssued.class, IssuedVoucher::new)
            .passOver(ServiceLogAccepted.class, ServiceLogVoided.class, ServiceLogRejected.class,
                    ServiceLogHeld.class, ServiceLogCorrected.class, VoucherCredited.class, VoucherSuspended.class,
                    VoucherReactivated.class, VoucherClosed.class, BalanceExpired.class);

    private final BatchConsumption<IssuedVoucher> consumption;

    public VoucherEventsConsumer(VoucherLinks links) {
        this.consumption = new BatchConsumption<>(Topics.VOUCHER,
                record -> ROUTES.read(record.getPayload(), BatchConsumption.typeHeader(record)), links::linkAll,
                links::link);
    }

    @Incoming("voucher-events")
    public Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return consumption.consume(batch);
    }
}
