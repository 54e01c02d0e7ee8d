package org.homecare.settlement.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.Topics;
import org.homecare.contracts.messaging.EventRoutes;
import org.homecare.contracts.outage.OutageRetry;
import org.homecare.settlement.service.ElderStatusRecorder;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** eligibility.v1 → revocations and deaths for the anomaly report; grants and changes are passed over. */
@ApplicationScoped
public class EligibilityEventsConsumer {

    private final EventRoutes<?> routes;

    public EligibilityEventsConsumer(ElderStatusRecorder recorder) {
        this.routes = EventRoutes.of(Topics.ELIGIBILITY)
                .on(EligibilityRevoked.class, recorder::revoked)
                .passOver(EligibilityGranted.class, EligibilityChanged.class);
    }

    @Incoming("eligibility-events")
    @Blocking
    public void on(String json) {
        OutageRetry.run("a eligibility.v1 event", () -> routes.dispatch(json));
    }
}
