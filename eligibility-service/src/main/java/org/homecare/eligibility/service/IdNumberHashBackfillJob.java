package org.homecare.eligibility.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** At start-up, before the first search can miss them: every elder without its identity-number hash gets one. */
@ApplicationScoped
public class IdNumberHashBackfillJob {

    private static final Logger LOG = Logger.getLogger(IdNumberHashBackfillJob.class);

    private final IdNumberHashBackfill backfill;

    public IdNumberHashBackfillJob(IdNumberHashBackfill backfill) {
        this.backfill = backfill;
    }

    void onStart(@Observes StartupEvent start) {
        long total = 0;
        for (int done = backfill.nextBatch(); done > 0; done = backfill.nextBatch()) {
            total += done;
        }
        if (total > 0) {
            LOG.infof("gave %d elders the keyed hash of their identity number", total);
        }
    }
}
