package org.homecare.eligibility.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.eligibility.domain.DecisionTrigger;
import org.homecare.eligibility.domain.PolicyInForce;
import org.homecare.eligibility.repository.DailySweepRepository;
import org.homecare.eligibility.repository.ElderSnapshots;
import org.homecare.eligibility.repository.PolicyVersionRepository;

/**
 * Once a day: re-evaluates only the elders whose age crosses a threshold used by a rule in force that day (found by
 * birth date) or whose fact recorded in advance takes effect that day; when a policy version starts or ends that
 * day, every elder is re-certified by a run instead.
 */
@ApplicationScoped
@Transactional
public class DailyReevaluation {

    private static final Logger LOG = Logger.getLogger(DailyReevaluation.class);
    static final String ACTOR = "system:daily-reevaluation";

    public record DayResult(LocalDate day, int elders, boolean recertificationQueued, boolean alreadyDone) {
    }

    private final ElderSnapshots snapshots;
    private final DecisionRecorder recorder;
    private final PolicyCatalog policies;
    private final PolicyVersionRepository versions;
    private final RecertificationService recertification;
    private final DailySweepRepository sweeps;
    private final BusinessClock clock;

    public DailyReevaluation(ElderSnapshots snapshots, DecisionRecorder recorder, PolicyCatalog policies,
            PolicyVersionRepository versions, RecertificationService recertification, DailySweepRepository sweeps,
            BusinessClock clock) {
        this.snapshots = snapshots;
        this.recorder = recorder;
        this.policies = policies;
        this.versions = versions;
        this.recertification = recertification;
        this.sweeps = sweeps;
        this.clock = clock;
    }

    /** Re-evaluates the elders due on {@code day}; a day already done is not done again. */
    public DayResult run(LocalDate day) {
        // the day's row is the lock: a second instance doing the same day waits here, then sees it done
        if (!sweeps.claim(day, OffsetDateTime.ofInstant(clock.instant(), BusinessClock.ZONE))) {
            return new DayResult(day, 0, false, true);
        }
        List<PolicyInForce> all = policies.all();
        List<Integer> thresholds = all.stream().filter(p -> p.inForceOn(day))
                .flatMap(p -> p.ageThresholds().stream()).distinct().sorted().toList();
        List<UUID> due = snapshots.dueOn(day, thresholds);
        for (UUID elderId : due) {
            recorder.decide(List.of(snapshots.lockOne(elderId)), day, id -> day, DecisionTrigger.DAILY, ACTOR, null,
                    all);
        }
        boolean rulesChange = versions.changingOn(day) > 0;
        if (rulesChange) {
            recertification.queueUnlessQueued(day, ACTOR);
        }
        sweeps.recordElders(day, due.size());
        LOG.infof("daily re-evaluation of %s: %d elders due, thresholds %s, re-certification queued: %s", day,
                due.size(), thresholds, rulesChange);
        return new DayResult(day, due.size(), rulesChange, false);
    }

    /** The first day not yet done, or today when the job never ran. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate firstPendingDay() {
        Optional<LocalDate> last = sweeps.lastDay();
        LocalDate today = clock.today();
        if (last.isEmpty()) {
            return today;
        }
        LocalDate next = last.get().plusDays(1);
        return next.isAfter(today) ? today.plusDays(1) : next;
    }
}
