package org.homecare.voucher.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.events.EventCodec;
import org.homecare.voucher.service.AccountService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** eligibility.v1 → voucher accounts. An event that cannot be applied throws and goes to eligibility.v1.dlq. */
@ApplicationScoped
public class EligibilityEventsConsumer {

    private final AccountService accounts;

    public EligibilityEventsConsumer(AccountService accounts) {
        this.accounts = accounts;
    }

    @Incoming("eligibility-events")
    @Blocking
    public void on(String json) {
        accounts.apply(EventCodec.decode(json));
    }
}
