package org.homecare.settlement.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import org.homecare.contracts.clock.BusinessClock;

import io.quarkus.scheduler.Scheduled;

/** Polls the business clock rather than a cron, so moving the clock in a demo also confirms what became due. */
@ApplicationScoped
public class DeemedConfirmationJob {

    private static final Logger LOG = Logger.getLogger(DeemedConfirmationJob.class);

    private final DeemedConfirmation confirmation;
    private final BusinessClock clock;

    public DeemedConfirmationJob(DeemedConfirmation confirmation, BusinessClock clock) {
        this.confirmation = confirmation;
        this.clock = clock;
    }

    @Scheduled(every = "${homecare.settlement.confirmation-poll:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void confirmDue() {
        int confirmed = confirmation.confirmDue(clock.today());
        if (confirmed > 0) {
            LOG.infof("%d statements deemed confirmed", confirmed);
        }
    }
}
