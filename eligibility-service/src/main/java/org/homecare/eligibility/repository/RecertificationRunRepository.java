package org.homecare.eligibility.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.homecare.eligibility.domain.RecertificationRun;
import org.homecare.eligibility.domain.RecertificationRun.Status;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RecertificationRunRepository implements PanacheRepositoryBase<RecertificationRun, UUID> {

    /** The running run if any, else the oldest queued one. */
    public Optional<RecertificationRun> active() {
        return find("status = ?1", Status.RUNNING).firstResultOptional()
                .or(() -> find("status = ?1", Sort.by("requestedAt"), Status.QUEUED).firstResultOptional());
    }

    public boolean queuedAsOf(java.time.LocalDate asOf) {
        return count("status = ?1 and asOf = ?2", Status.QUEUED, asOf) > 0;
    }

    /** The run row is the lock that keeps two workers (or two instances) from processing the same batch. */
    public Optional<RecertificationRun> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
