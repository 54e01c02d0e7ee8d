package org.homecare.eligibility.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.caller.DistrictScope;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.problem.Problem;
import org.homecare.eligibility.domain.Assessment;
import org.homecare.eligibility.domain.DecisionTrigger;
import org.homecare.eligibility.domain.DisabilityCategory;
import org.homecare.eligibility.domain.DisabilityCertificate;
import org.homecare.eligibility.domain.Elder;
import org.homecare.eligibility.domain.ElderFacts;
import org.homecare.eligibility.domain.FactName;
import org.homecare.eligibility.domain.FactRecord;
import org.homecare.eligibility.domain.HomeLocation;
import org.homecare.eligibility.domain.IncomeStatus;
import org.homecare.eligibility.domain.LivingArrangement;
import org.homecare.eligibility.domain.PhoneMask;
import org.homecare.eligibility.domain.StoredDecision;
import org.homecare.eligibility.repository.AssessmentRepository;
import org.homecare.eligibility.repository.ElderRepository;
import org.homecare.eligibility.repository.ElderSnapshots;
import org.homecare.eligibility.repository.ElderSnapshots.ElderRow;
import org.homecare.eligibility.repository.FactRecordRepository;
import org.homecare.eligibility.repository.StoredDecisionRepository;

/** Registers elders and records their facts, assessments and death; each change re-evaluates eligibility. */
@ApplicationScoped
@Transactional
public class ElderService {

    /**
     * @param home null when the caseworker recorded no location
     * @param townshipCode null when none is recorded
     * @param disabilityCertificate null when the elder holds none
     */
    public record Registration(String idNumber, String name, String phone, String districtCode, String street,
            boolean localHukou, LivingArrangement livingArrangement, IncomeStatus incomeStatus, HomeLocation home,
            String townshipCode, CertificateEntry disabilityCertificate) {
    }

    /**
     * Null fields are left as they are; a move without a new home location keeps the one known, a move without a
     * township ends the township of the old district. {@code endsDisabilityCertificate} ends the certificate in force
     * from {@code effectiveFrom} (then {@code disabilityCertificate} is null).
     */
    public record FactChange(LocalDate effectiveFrom, String districtCode, String street, Boolean localHukou,
            LivingArrangement livingArrangement, IncomeStatus incomeStatus, HomeLocation home, String townshipCode,
            CertificateEntry disabilityCertificate, boolean endsDisabilityCertificate) {
    }

    /** A disability certificate as a caseworker enters it; checked here against its holder. */
    public record CertificateEntry(DisabilityCategory category, Integer grade, String number) {
    }

    public record ElderState(Elder elder, LocalDate on, ElderFacts facts) {
    }

    public record History(Elder elder, List<FactRecord> facts, List<Assessment> assessments) {
    }

    /**
     * Audit snapshot of an elder: personal data masked, and the birth year only, since the birth date is exactly
     * what the masked number hides.
     */
    record ElderSnapshot(UUID id, String idNumber, String name, String phone, int birthYear, String sex,
            LocalDate dateOfDeath) {
        static ElderSnapshot of(Elder elder) {
            return new ElderSnapshot(elder.id(), ResidentIdNumber.mask(elder.idNumber()), elder.name(),
                    PhoneMask.mask(elder.phone()), elder.birthDate().getYear(), elder.sex(), elder.dateOfDeath());
        }
    }

    /**
     * Audit snapshot of the facts in force before a change: the facts that may change, no birth date, the home as its
     * cell.
     */
    record FactsSnapshot(String districtCode, String townshipCode, String street, String homeCell,
            Boolean localHukou, String livingArrangement, String incomeStatus, Integer abilityLevel,
            String disabilityCertificate, LocalDate dateOfDeath) {
        static FactsSnapshot of(ElderFacts facts) {
            return new FactsSnapshot(facts.districtCode(), facts.townshipCode(), facts.street(), facts.homeCell(),
                    facts.localHukou(), facts.livingArrangement() == null ? null : facts.livingArrangement().name(),
                    facts.incomeStatus() == null ? null : facts.incomeStatus().name(), facts.abilityLevel(),
                    facts.disabilityCertificate() == null ? null : facts.disabilityCertificate().stored(false),
                    facts.dateOfDeath());
        }
    }

    private final ElderRepository elders;
    private final FactRecordRepository facts;
    private final AssessmentRepository assessments;
    private final StoredDecisionRepository decisions;
    private final ElderSnapshots snapshots;
    private final DecisionRecorder recorder;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final IdNumberKeys idNumberKeys;

    public ElderService(ElderRepository elders, FactRecordRepository facts, AssessmentRepository assessments,
            StoredDecisionRepository decisions, ElderSnapshots snapshots, DecisionRecorder recorder, AuditTrail audit,
            BusinessClock clock, IdNumberKeys idNumberKeys) {
        this.idNumberKeys = idNumberKeys;
        this.elders = elders;
        this.facts = facts;
        this.assessments = assessments;
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param scope the registering caller's districts: a caseworker registers elders of its own districts only */
    public Elder register(Registration registration, DistrictScope scope, String actor) {
        if (!scope.covers(registration.districtCode())) {
            throw new ApiProblem(403, "Forbidden", "DISTRICT_OUT_OF_SCOPE", "district " + registration.districtCode()
                    + " is not among the districts of this caseworker " + scope.sortedCodes(),
                    List.of(new Problem.FieldError("districtCode", "is not one of your districts")), List.of());
        }
        ResidentIdNumber.Result parsed = ResidentIdNumber.parse(registration.idNumber());
        if (!parsed.valid()) {
            throw ApiProblem.badRequest("idNumber", parsed.problem());
        }
        ResidentIdNumber number = parsed.number().orElseThrow();
        LocalDate today = clock.today();
        if (number.birthDate().isAfter(today)) {
            throw ApiProblem.badRequest("idNumber", "positions 7-14 are a birth date in the future");
        }
        if (registration.townshipCode() != null) {
            checkTownship(registration.townshipCode(), registration.districtCode(), today);
        }
        DisabilityCertificate certificate = registration.disabilityCertificate() == null ? null
                : certificate(registration.disabilityCertificate(), number.value());
        String idNumberHash = idNumberKeys.of(number);
        if (elders.idNumberTaken(idNumberHash)) {
            throw ApiProblem.conflict("ELDER_ALREADY_REGISTERED",
                    "an elder with identity number " + number.masked() + " is already registered");
        }
        OffsetDateTime now = now();
        Elder elder = new Elder(UUID.randomUUID(), number.value(), number.birthDate(), number.sex().name(),
                registration.name().trim(), registration.phone().trim(), registration.home(), now, actor);
        if (!elders.insertUnlessRegistered(elder, idNumberHash, registration.districtCode(),
                registration.street().trim())) {
            // a concurrent registration of the same number won
            throw ApiProblem.conflict("ELDER_ALREADY_REGISTERED",
                    "an elder with identity number " + number.masked() + " is already registered");
        }
        Map<FactName, String> initial = new LinkedHashMap<>();
        initial.put(FactName.DISTRICT_CODE, registration.districtCode());
        initial.put(FactName.STREET, registration.street().trim());
        initial.put(FactName.LOCAL_HUKOU, Boolean.toString(registration.localHukou()));
        initial.put(FactName.LIVING_ARRANGEMENT, registration.livingArrangement().name());
        initial.put(FactName.INCOME_STATUS, registration.incomeStatus().name());
        if (registration.home() != null) {
            // the facts, their history and the audit record keep the cell; the point stays on the elder row
            initial.put(FactName.HOME_CELL, registration.home().cell());
        }
        if (registration.townshipCode() != null) {
            initial.put(FactName.TOWNSHIP_CODE, registration.townshipCode());
        }
        if (certificate != null) {
            initial.put(FactName.DISABILITY_CERTIFICATE, certificate.stored(true));
        }
        initial.forEach((fact, value) -> facts.persist(new FactRecord(elder.id(), fact, value, today, now, actor)));
        audit.record(actor, "ELDER_REGISTERED", "elder", elder.id().toString(), null,
                Map.of("elder", ElderSnapshot.of(elder), "facts", masked(initial), "effectiveFrom", today));
        reevaluate(elder.id(), today, DecisionTrigger.REGISTERED, actor);
        return elder;
    }

    public void changeFacts(UUID id, FactChange change, String actor) {
        Elder elder = lockLiving(id);
        if (change.effectiveFrom().isBefore(elder.birthDate())) {
            throw ApiProblem.badRequest("effectiveFrom", "must not be before the birth date");
        }
        ElderFacts inForce = stateOn(elder, change.effectiveFrom());
        Map<FactName, String> changed = new LinkedHashMap<>();
        if (change.districtCode() != null) {
            changed.put(FactName.DISTRICT_CODE, change.districtCode());
        }
        String district = change.districtCode() != null ? change.districtCode() : inForce.districtCode();
        if (change.townshipCode() != null) {
            checkTownship(change.townshipCode(), district, change.effectiveFrom());
            changed.put(FactName.TOWNSHIP_CODE, change.townshipCode());
        } else if (change.districtCode() != null && inForce.townshipCode() != null
                && !inForce.townshipCode().startsWith(district)) {
            // the township of the old district cannot be the new one's
            changed.put(FactName.TOWNSHIP_CODE, FactName.NONE);
        }
        if (change.endsDisabilityCertificate()) {
            changed.put(FactName.DISABILITY_CERTIFICATE, FactName.NONE);
        } else if (change.disabilityCertificate() != null) {
            changed.put(FactName.DISABILITY_CERTIFICATE,
                    certificate(change.disabilityCertificate(), elder.idNumber()).stored(true));
        }
        if (change.street() != null) {
            changed.put(FactName.STREET, change.street().trim());
        }
        if (change.localHukou() != null) {
            changed.put(FactName.LOCAL_HUKOU, change.localHukou().toString());
        }
        if (change.livingArrangement() != null) {
            changed.put(FactName.LIVING_ARRANGEMENT, change.livingArrangement().name());
        }
        if (change.incomeStatus() != null) {
            changed.put(FactName.INCOME_STATUS, change.incomeStatus().name());
        }
        if (change.home() != null) {
            changed.put(FactName.HOME_CELL, change.home().cell());
        }
        if (changed.isEmpty()) {
            throw ApiProblem.badRequest("facts", "name at least one fact to change");
        }
        FactsSnapshot before = FactsSnapshot.of(inForce);
        elder.recordHome(change.home());
        OffsetDateTime now = now();
        changed.forEach((fact, value) -> facts
                .persist(new FactRecord(id, fact, value, change.effectiveFrom(), now, actor)));
        audit.record(actor, "FACTS_CHANGED", "elder", id.toString(), before,
                Map.of("effectiveFrom", change.effectiveFrom(), "facts", masked(changed)));
        reevaluateIfInForce(id, change.effectiveFrom(), DecisionTrigger.FACTS_CHANGED, actor);
    }

    public Assessment assess(UUID id, int level, LocalDate assessedOn, String assessor, String actor) {
        Elder elder = lockLiving(id);
        if (assessedOn.isAfter(clock.today())) {
            throw ApiProblem.badRequest("assessedOn", "must not be in the future");
        }
        if (assessedOn.isBefore(elder.birthDate())) {
            throw ApiProblem.badRequest("assessedOn", "must not be before the birth date");
        }
        Assessment assessment = new Assessment(id, level, assessedOn, assessor.trim(), now(), actor);
        assessments.persist(assessment);
        audit.record(actor, "ASSESSMENT_RECORDED", "elder", id.toString(), null,
                Map.of("level", level, "assessedOn", assessedOn, "assessor", assessment.assessor()));
        reevaluate(id, assessedOn, DecisionTrigger.ASSESSMENT_RECORDED, actor);
        return assessment;
    }

    public void recordDeath(UUID id, LocalDate dateOfDeath, String actor) {
        Elder elder = lockLiving(id);
        if (dateOfDeath.isAfter(clock.today())) {
            throw ApiProblem.badRequest("dateOfDeath", "must not be in the future");
        }
        if (dateOfDeath.isBefore(elder.birthDate())) {
            throw ApiProblem.badRequest("dateOfDeath", "must not be before the birth date");
        }
        ElderSnapshot before = ElderSnapshot.of(elder);
        elder.recordDeath(dateOfDeath);
        audit.record(actor, "DEATH_RECORDED", "elder", id.toString(), before, ElderSnapshot.of(elder));
        reevaluate(id, dateOfDeath, DecisionTrigger.DEATH_RECORDED, actor);
    }

    /**
     * 404 unless the elder exists and its current district is in {@code scope}: the one check every endpoint that
     * names an elder passes through (ElderDistrictScopeFilter), so an elder of another district looks like none.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireVisible(UUID id, DistrictScope scope) {
        Optional<String> district = elders.districtOf(id).orElseThrow(() -> ApiProblem.notFound("elder", id));
        scope.require(district.orElse(null), "elder", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Elder find(UUID id) {
        return elders.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("elder", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ElderState stateOn(UUID id, LocalDate on) {
        Elder elder = find(id);
        return new ElderState(elder, on, stateOn(elder, on));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public History history(UUID id) {
        Elder elder = find(id);
        return new History(elder, facts.historyOf(id), assessments.historyOf(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StoredDecision currentDecision(UUID id) {
        find(id);
        return decisions.currentOf(id)
                .orElseThrow(() -> ApiProblem.notFound("eligibility decision of elder", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredDecision> decisions(UUID id, int page, int size) {
        find(id);
        return decisions.historyOf(id, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long decisionCount(UUID id) {
        return decisions.countOf(id);
    }

    /** Re-evaluates one elder as of today; a changed outcome takes effect on {@code effectiveFrom}. */
    void reevaluate(UUID id, LocalDate effectiveFrom, DecisionTrigger trigger, String actor) {
        ElderRow row = snapshots.lockOne(id);
        recorder.decide(List.of(row), clock.today(), elderId -> effectiveFrom, trigger, actor, null);
    }

    private void reevaluateIfInForce(UUID id, LocalDate effectiveFrom, DecisionTrigger trigger,
            String actor) {
        // a change dated in the future is picked up by the daily job on its day
        if (!effectiveFrom.isAfter(clock.today())) {
            reevaluate(id, effectiveFrom, trigger, actor);
        }
    }

    /** 400 unless the township lies in the district in force on its date (its first 6 digits are the district's). */
    private static void checkTownship(String townshipCode, String districtCode, LocalDate on) {
        if (districtCode == null) {
            throw ApiProblem.badRequest("townshipCode", "no district is in force on " + on + " to place it in");
        }
        if (!townshipCode.startsWith(districtCode)) {
            throw ApiProblem.badRequest("townshipCode", "must lie in district " + districtCode
                    + ", the elder's district on " + on + ": its first 6 digits must be " + districtCode);
        }
    }

    /** The certificate, or 400 naming every field that is missing or does not fit its holder. */
    private static DisabilityCertificate certificate(CertificateEntry entry, String holderIdNumber) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (entry.category() == null) {
            errors.add(new Problem.FieldError("disabilityCertificate.category", "is required"));
        }
        if (entry.grade() == null) {
            errors.add(new Problem.FieldError("disabilityCertificate.grade", "is required"));
        } else if (entry.grade() < 1 || entry.grade() > 4) {
            errors.add(new Problem.FieldError("disabilityCertificate.grade", "must be 1-4 (1 is the most severe)"));
        }
        String number = entry.number() == null ? "" : entry.number().trim().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            errors.add(new Problem.FieldError("disabilityCertificate.number", "is required"));
        } else if (errors.isEmpty()) {
            String problem = DisabilityCertificate.problemWith(number, entry.category(), entry.grade(),
                    holderIdNumber);
            if (problem != null) {
                errors.add(new Problem.FieldError("disabilityCertificate.number", problem));
            }
        }
        if (!errors.isEmpty()) {
            // the detail names the fields, never the number
            throw new ApiProblem(400, "Invalid request", "VALIDATION_FAILED", "the disability certificate has "
                    + errors.size() + " invalid field(s)", errors, List.of());
        }
        return new DisabilityCertificate(entry.category(), entry.grade(), number);
    }

    /** The facts as an audit record keeps them: a certificate's number masked. */
    private static Map<FactName, String> masked(Map<FactName, String> facts) {
        String certificate = facts.get(FactName.DISABILITY_CERTIFICATE);
        if (certificate == null) {
            return facts;
        }
        Map<FactName, String> masked = new LinkedHashMap<>(facts);
        masked.put(FactName.DISABILITY_CERTIFICATE, DisabilityCertificate.storedValueFor(certificate, false));
        return masked;
    }

    private Elder lockLiving(UUID id) {
        Elder elder = elders.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound("elder", id));
        if (elder.dateOfDeath() != null) {
            throw ApiProblem.conflict("ELDER_DECEASED", "elder " + id + " died on " + elder.dateOfDeath());
        }
        return elder;
    }

    /** Reads through JDBC: a caller that wrote through Hibernate in its transaction flushes first. */
    private ElderFacts stateOn(Elder elder, LocalDate on) {
        return snapshots.factsOn(List.of(new ElderRow(elder.id(), elder.birthDate(), elder.dateOfDeath())), on)
                .get(0);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), BusinessClock.ZONE);
    }

}
