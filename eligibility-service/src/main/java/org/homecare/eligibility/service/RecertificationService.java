package org.homecare.eligibility.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.eligibility.domain.DecisionTrigger;
import org.homecare.eligibility.domain.PolicyInForce;
import org.homecare.eligibility.domain.RecertificationRun;
import org.homecare.eligibility.repository.ElderSnapshots;
import org.homecare.eligibility.repository.ElderSnapshots.ElderRow;
import org.homecare.eligibility.repository.RecertificationRunRepository;

/**
 * Re-certification: every elder evaluated as of a date, in batches in elder id order. Each batch is one transaction
 * holding its decisions (a row per changed outcome, one compact batch record for the unchanged ones), events, audit
 * records and the run's new position, so a crash loses at most the batch in
 * flight, which is then done again from the same position (nothing evaluated twice with different results).
 */
@ApplicationScoped
@Transactional
public class RecertificationService {

    private static final Logger LOG = Logger.getLogger(RecertificationService.class);
    static final String ACTOR = "system:recertification";

    private final RecertificationRunRepository runs;
    private final ElderSnapshots snapshots;
    private final DecisionRecorder recorder;
    private final PolicyCatalog policies;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final EligibilitySettings settings;

    public RecertificationService(RecertificationRunRepository runs, ElderSnapshots snapshots,
            DecisionRecorder recorder, PolicyCatalog policies, AuditTrail audit, BusinessClock clock,
            EligibilitySettings settings) {
        this.runs = runs;
        this.snapshots = snapshots;
        this.recorder = recorder;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** A run a city-admin asks for: refused while another is queued or running. */
    public RecertificationRun request(LocalDate asOf, String actor) {
        runs.active().ifPresent(active -> {
            throw ApiProblem.conflict("RECERTIFICATION_IN_PROGRESS",
                    "re-certification run " + active.id() + " is " + active.status().name().toLowerCase());
        });
        return queue(asOf, actor);
    }

    /** A run the system needs (a policy version takes effect): queued behind a running one, once per date. */
    public void queueUnlessQueued(LocalDate asOf, String actor) {
        if (!runs.queuedAsOf(asOf)) {
            queue(asOf, actor);
        }
    }

    private RecertificationRun queue(LocalDate asOf, String actor) {
        RecertificationRun run = new RecertificationRun(asOf, actor, now());
        runs.persist(run);
        audit.record(actor, "RECERTIFICATION_REQUESTED", "recertification_run", run.id().toString(), null,
                Map.of("asOf", asOf));
        return run;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RecertificationRun find(UUID id) {
        return runs.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("re-certification run", id));
    }

    /**
     * Processes the next batch of the active run.
     *
     * @return false when there is nothing (more) to do
     */
    public boolean processNextBatch() {
        RecertificationRun run = runs.active().flatMap(r -> runs.findForUpdate(r.id())).orElse(null);
        if (run == null || run.status() == RecertificationRun.Status.COMPLETED) {
            return false;
        }
        if (run.status() == RecertificationRun.Status.QUEUED) {
            run.start(now());
            runs.flush();
        }
        List<ElderRow> batch = snapshots.lockNextBatch(run.lastElderId(), settings.recertificationBatchSize());
        if (batch.isEmpty()) {
            run.complete(now());
            audit.record(ACTOR, "RECERTIFICATION_COMPLETED", "recertification_run", run.id().toString(), null,
                    Map.of("evaluated", run.evaluated(), "granted", run.granted(), "changed", run.changed(),
                            "revoked", run.revoked(), "unchanged", run.unchanged()));
            LOG.infof("re-certification run %s as of %s completed: %d evaluated", run.id(), run.asOf(),
                    run.evaluated());
            return true;
        }
        LocalDate asOf = run.asOf();
        List<PolicyInForce> inForce = policies.all();
        DecisionRecorder.Counts counts = DecisionRecorder.count(recorder.decide(batch, asOf, elderId -> asOf,
                DecisionTrigger.RECERTIFICATION, ACTOR, run.id(), inForce, false));
        UUID first = batch.get(0).id();
        UUID last = batch.get(batch.size() - 1).id();
        run.recordBatch(last, counts.granted(), counts.changed(), counts.revoked(), counts.unchanged());
        // unchanged outcomes have no decision row of this run: this row says they were evaluated, and against what
        runs.recordBatch(run.id(), run.batches(), first, last, counts.granted(), counts.changed(), counts.revoked(),
                counts.unchanged(), versionsInForce(inForce, asOf), now());
        return true;
    }

    private static String versionsInForce(List<PolicyInForce> inForce, LocalDate asOf) {
        return inForce.stream().filter(p -> p.inForceOn(asOf)).map(p -> p.policyCode() + " v" + p.version())
                .collect(Collectors.joining(","));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), BusinessClock.ZONE);
    }
}
