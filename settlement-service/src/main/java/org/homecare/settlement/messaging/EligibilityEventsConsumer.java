package org.homecare.settlement.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.outage.OutageRetry;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.settlement.service.ElderStatusRecorder;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** eligibility.v1 → revocations and deaths for the anomaly report; grants and changes are passed over. */
@ApplicationScoped
public class EligibilityEventsConsumer {

    private final ElderStatusRecorder recorder;

    public EligibilityEventsConsumer(ElderStatusRecorder recorder) {
        this.recorder = recorder;
    }

    @Incoming("eligibility-events")
    @Blocking
    public void on(String json) {
        OutageRetry.run("a eligibility.v1 event", () -> apply(json));
    }

    private void apply(String json) {
        EventEnvelope envelope = EventCodec.decode(json);
        if ("EligibilityRevoked".equals(envelope.type())) {
            recorder.revoked(envelope.id(), EventCodec.data(envelope, EligibilityRevoked.class));
        } else {
            EventTypes.requireKnown(envelope);
        }
    }
}
