package org.homecare.voucher.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.homecare.voucher.domain.ServiceLog;

/**
 * Runs a submission in its own transaction and runs it again when it lost a race that the database caught: the same
 * providerLogId committed meanwhile for another voucher (unique key), or a deadlock. The retry then finds the stored
 * log and answers with it, so the loser of a race sees the winner's result and nothing is debited twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ServiceLogIntake {

    private static final Logger LOG = Logger.getLogger(ServiceLogIntake.class);
    private static final int ATTEMPTS = 3;

    private final RedemptionService redemption;

    public ServiceLogIntake(RedemptionService redemption) {
        this.redemption = redemption;
    }

    public List<RedemptionService.Outcome> submit(UUID providerId, String actor, List<ServiceLog.Submitted> logs) {
        for (int attempt = 1;; attempt++) {
            try {
                return redemption.submit(providerId, actor, logs);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !lostRace(e)) {
                    throw e;
                }
                LOG.debugf("submission of %s log(s) lost a race (%s), attempt %s", (Object) logs.size(), e.getMessage(),
                        attempt);
            }
        }
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains("provider_log_id")) {
                return true;
            }
            if (t instanceof LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }
}
