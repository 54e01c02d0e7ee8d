package org.homecare.eligibility.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Drives queued and interrupted runs to completion in the background. It keeps no state of its own: after a restart
 * the next tick continues the running run from its persisted position.
 */
@ApplicationScoped
public class RecertificationWorker {

    private final RecertificationService recertification;

    public RecertificationWorker(RecertificationService recertification) {
        this.recertification = recertification;
    }

    @Scheduled(every = "${homecare.eligibility.recertification-poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        drain();
    }

    /** @return the number of batches processed, each in its own transaction */
    public int drain() {
        int batches = 0;
        while (recertification.processNextBatch()) {
            batches++;
        }
        return batches;
    }
}
