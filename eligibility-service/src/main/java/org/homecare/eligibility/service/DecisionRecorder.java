package org.homecare.eligibility.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.eligibility.domain.Decision;
import org.homecare.eligibility.domain.DecisionTrigger;
import org.homecare.eligibility.domain.ElderFacts;
import org.homecare.eligibility.domain.EligibilityEvaluator;
import org.homecare.eligibility.domain.Outcome;
import org.homecare.eligibility.domain.PolicyInForce;
import org.homecare.eligibility.messaging.EligibilityEventMapper;
import org.homecare.eligibility.repository.DecisionRowStore;
import org.homecare.eligibility.repository.ElderSnapshots;
import org.homecare.eligibility.repository.ElderSnapshots.CurrentOutcome;
import org.homecare.eligibility.repository.ElderSnapshots.CurrentState;
import org.homecare.eligibility.repository.ElderSnapshots.ElderRow;

/**
 * Evaluates elders, stores their decisions and, in the same transaction, publishes (through the outbox) and audits
 * every change of outcome. An unchanged outcome publishes nothing. Every decision gets a row, except unchanged ones
 * of a re-certification batch, which the batch records compactly (a million identical rows per run would dominate
 * its cost).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DecisionRecorder {

    public record Counts(long granted, long changed, long revoked, long unchanged) {
    }

    public record Recorded(UUID elderId, Decision decision, Outcome.Change change) {
    }

    private final EntityManager entityManager;
    private final ElderSnapshots snapshots;
    private final DecisionRowStore decisionRows;
    private final PolicyCatalog policies;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final EligibilityEvaluator evaluator = new EligibilityEvaluator();

    public DecisionRecorder(EntityManager entityManager, ElderSnapshots snapshots, DecisionRowStore decisionRows,
            PolicyCatalog policies, OutboxWriter outbox, AuditTrail audit, BusinessClock clock) {
        this.entityManager = entityManager;
        this.snapshots = snapshots;
        this.decisionRows = decisionRows;
        this.policies = policies;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param elders a contiguous id range in id order, locked by the caller
     * @param effectiveFrom per elder, the date a changed outcome takes effect (in events)
     */
    public List<Recorded> decide(List<ElderRow> elders, LocalDate asOf, Function<UUID, LocalDate> effectiveFrom,
            DecisionTrigger trigger, String actor, UUID runId) {
        return decide(elders, asOf, effectiveFrom, trigger, actor, runId, policies.all());
    }

    public List<Recorded> decide(List<ElderRow> elders, LocalDate asOf, Function<UUID, LocalDate> effectiveFrom,
            DecisionTrigger trigger, String actor, UUID runId, List<PolicyInForce> inForce) {
        return decide(elders, asOf, effectiveFrom, trigger, actor, runId, inForce, true);
    }

    /**
     * @param storeUnchanged false for re-certification batches: only changed outcomes (and an elder's first decision)
     *            get a decision row there, the caller records the batch's evaluation compactly (see
     *            {@code recertification_batch})
     */
    public List<Recorded> decide(List<ElderRow> elders, LocalDate asOf, Function<UUID, LocalDate> effectiveFrom,
            DecisionTrigger trigger, String actor, UUID runId, List<PolicyInForce> inForce, boolean storeUnchanged) {
        // facts just persisted through Hibernate must be visible to the JDBC reads below
        entityManager.flush();
        List<ElderFacts> facts = snapshots.factsOn(elders, asOf);
        List<CurrentOutcome> current = snapshots.currentOutcomes(elders);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), BusinessClock.ZONE);
        List<Recorded> recorded = new ArrayList<>(elders.size());
        // events and audit records of the whole batch go out in one JDBC batch each, not one round trip per elder
        List<DomainEvent> events = new ArrayList<>();
        List<AuditTrail.Entry> audits = new ArrayList<>();
        Map<UUID, CurrentState> changedState = new LinkedHashMap<>();
        // a decision as of a later day (a run queued ahead) must not show tomorrow's district today
        boolean asOfToday = !asOf.isAfter(clock.today());
        // decision rows stream to PostgreSQL while the batch is evaluated: no other statement until it ends
        decisionRows.stream(now, trigger, actor, runId, rows -> {
            for (int i = 0; i < elders.size(); i++) {
                ElderRow elder = elders.get(i);
                ElderFacts elderFacts = facts.get(i);
                Decision decision = evaluator.evaluate(elderFacts, asOf, inForce);
                CurrentOutcome previous = current.get(i);
                Outcome before = previous == null ? Outcome.NONE : previous.outcome();
                Outcome.Change change = decision.outcome().comparedTo(before);
                LocalDate from = effectiveFrom.apply(elder.id());
                recorded.add(new Recorded(elder.id(), decision, change));
                CurrentState state = new CurrentState(elderFacts.districtCode(), elderFacts.street(),
                        decision.eligible());
                if (asOfToday && !state.equals(elder.current())) {
                    changedState.put(elder.id(), state);
                }
                if (change != Outcome.Change.UNCHANGED) {
                    events.add(EligibilityEventMapper.outcomeChanged(elder, decision, change, from, previous));
                    audits.add(new AuditTrail.Entry(actor, "ELIGIBILITY_" + change, "elder",
                            elder.id().toString(), before, decision.outcome()));
                } else if (!storeUnchanged && previous != null) {
                    continue;
                }
                rows.add(elder.id(), asOf, from, decision, elderFacts, change.name());
            }
        });
        snapshots.updateCurrent(changedState);
        outbox.appendAll(events);
        audit.recordAll(audits);
        return recorded;
    }

    public static Counts count(List<Recorded> recorded) {
        Map<Outcome.Change, Long> byChange = recorded.stream()
                .collect(Collectors.groupingBy(Recorded::change, Collectors.counting()));
        return new Counts(byChange.getOrDefault(Outcome.Change.GRANTED, 0L),
                byChange.getOrDefault(Outcome.Change.CHANGED, 0L), byChange.getOrDefault(Outcome.Change.REVOKED, 0L),
                byChange.getOrDefault(Outcome.Change.UNCHANGED, 0L));
    }
}
