package org.homecare.eligibility.repository;

import java.time.OffsetDateTime;
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

    /** The compact record of one committed batch (see V3__recertification_batch.sql). */
    public void recordBatch(UUID runId, int batchNo, UUID firstElderId, UUID lastElderId, long granted, long changed,
            long revoked, long unchanged, String policyVersions, OffsetDateTime evaluatedAt) {
        getEntityManager().createNativeQuery("""
                insert into recertification_batch (run_id, batch_no, first_elder_id, last_elder_id, evaluated,
                    granted, changed, revoked, unchanged, policy_versions, evaluated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, runId).setParameter(2, batchNo).setParameter(3, firstElderId)
                .setParameter(4, lastElderId).setParameter(5, (int) (granted + changed + revoked + unchanged))
                .setParameter(6, (int) granted).setParameter(7, (int) changed).setParameter(8, (int) revoked)
                .setParameter(9, (int) unchanged).setParameter(10, policyVersions).setParameter(11, evaluatedAt)
                .executeUpdate();
    }

    /** The run row is the lock that keeps two workers (or two instances) from processing the same batch. */
    public Optional<RecertificationRun> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
