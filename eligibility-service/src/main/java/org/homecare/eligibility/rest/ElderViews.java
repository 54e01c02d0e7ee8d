package org.homecare.eligibility.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.eligibility.domain.Assessment;
import org.homecare.eligibility.domain.DecisionJson;
import org.homecare.eligibility.domain.DecisionTrigger;
import org.homecare.eligibility.domain.DisabilityCategory;
import org.homecare.eligibility.domain.DisabilityCertificate;
import org.homecare.eligibility.domain.Elder;
import org.homecare.eligibility.domain.ElderFacts;
import org.homecare.eligibility.domain.ElderSummary;
import org.homecare.eligibility.domain.FactName;
import org.homecare.eligibility.domain.FactRecord;
import org.homecare.eligibility.domain.PhoneMask;
import org.homecare.eligibility.domain.ServiceCategory;
import org.homecare.eligibility.domain.StoredDecision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the elder endpoints answer. Identity number, phone and birth date are masked unless the caller may see them:
 * the masked number hides exactly positions 7-14, the birth date, so a view that masks the number gives the birth
 * year only.
 */
public final class ElderViews {

    /**
     * {@code birthDate} is null when {@code personalDataMasked}; {@code birthYear} is always there. The home shows as
     * its cell for every role, never as the point recorded.
     */
    public record ElderView(UUID id, String idNumber, String name, String phone, LocalDate birthDate, int birthYear,
            String sex, LocalDate factsOn, String districtCode,
            @Schema(nullable = true, description = "The township (9 digits) in force on factsOn; null while none is "
                    + "recorded") String townshipCode,
            String street,
            @Schema(description = "The home's geohash cell of precision 7 (about 150 m), in force on factsOn, as "
                    + "voucher-service receives it; null while no home location was recorded. The point itself is "
                    + "never shown.", pattern = "^[0-9b-hjkmnp-z]{7}$")
            String homeCell, Boolean localHukou, String livingArrangement,
            String incomeStatus, Integer abilityLevel,
            @Schema(nullable = true, description = "The disability certificate in force on factsOn; null while none "
                    + "is") CertificateView disabilityCertificate,
            LocalDate dateOfDeath, OffsetDateTime registeredAt, String registeredBy, UUID voucherId,
            String voucherCardNumber, boolean personalDataMasked) {

        static ElderView of(Elder elder, LocalDate on, ElderFacts facts, boolean clear) {
            return new ElderView(elder.id(), clear ? elder.idNumber() : ResidentIdNumber.mask(elder.idNumber()),
                    elder.name(), clear ? elder.phone() : PhoneMask.mask(elder.phone()),
                    clear ? elder.birthDate() : null, elder.birthDate().getYear(), elder.sex(), on, facts.districtCode(),
                    facts.townshipCode(), facts.street(), facts.homeCell(), facts.localHukou(),
                    facts.livingArrangement() == null ? null : facts.livingArrangement().name(),
                    facts.incomeStatus() == null ? null : facts.incomeStatus().name(), facts.abilityLevel(),
                    CertificateView.of(facts.disabilityCertificate(), clear), elder.dateOfDeath(),
                    elder.registeredAt(), elder.registeredBy(), elder.voucherId(), elder.voucherCardNumber(), !clear);
        }
    }

    /** A disability certificate; the number masked as the identity number is, for the roles that see that masked. */
    @Schema(name = "DisabilityCertificate")
    public record CertificateView(DisabilityCategory category, int grade,
            @Schema(description = "20 characters, e.g. 340102********002X42 when masked") String number) {

        static CertificateView of(DisabilityCertificate certificate, boolean clear) {
            return certificate == null ? null : new CertificateView(certificate.category(), certificate.grade(),
                    clear ? certificate.number() : certificate.maskedNumber());
        }
    }

    /**
     * One elder of a search, with its current district, street and eligibility; masked per role like
     * {@link ElderView}. {@code voucherId} answers "how much is left" in one step: voucher-service's
     * {@code GET /api/v1/vouchers/{voucherId}}.
     */
    public record ElderSummaryView(UUID id, String idNumber, String name, String phone, LocalDate birthDate,
            int birthYear, String sex, String districtCode, String street, boolean eligible, LocalDate dateOfDeath,
            UUID voucherId, String voucherCardNumber, OffsetDateTime registeredAt, boolean personalDataMasked) {

        static ElderSummaryView of(ElderSummary e, boolean clear) {
            return new ElderSummaryView(e.id(), clear ? e.idNumber() : ResidentIdNumber.mask(e.idNumber()), e.name(),
                    clear ? e.phone() : PhoneMask.mask(e.phone()), clear ? e.birthDate() : null,
                    e.birthDate().getYear(), e.sex(), e.districtCode(), e.street(), e.eligible(), e.dateOfDeath(),
                    e.voucherId(), e.voucherCardNumber(), e.registeredAt(), !clear);
        }
    }

    /**
     * One recorded fact. A {@code DISABILITY_CERTIFICATE} value is {@code category:grade:number}, its number masked
     * for the roles that see the identity number masked; {@code NONE} ends a certificate or a township.
     */
    public record FactChangeView(String fact, String value, LocalDate effectiveFrom, OffsetDateTime recordedAt,
            String recordedBy) {
        static FactChangeView of(FactRecord record, boolean clear) {
            String value = record.fact() == FactName.DISABILITY_CERTIFICATE
                    ? DisabilityCertificate.storedValueFor(record.value(), clear) : record.value();
            return new FactChangeView(record.fact().name(), value, record.effectiveFrom(), record.recordedAt(),
                    record.recordedBy());
        }
    }

    public record AssessmentView(UUID id, int level, LocalDate assessedOn, String assessor, OffsetDateTime recordedAt,
            String recordedBy) {
        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.id(), a.level(), a.assessedOn(), a.assessor(), a.recordedAt(),
                    a.recordedBy());
        }
    }

    public record HistoryView(UUID elderId, List<FactChangeView> facts, List<AssessmentView> assessments,
            LocalDate dateOfDeath) {
    }

    public record EligibilityView(UUID decisionId, UUID elderId, boolean eligible, long monthlyAmountFen,
            List<String> categories, UUID policyId, Integer policyVersion, String districtCode,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "The matched rules' ids")
            JsonNode matchedRules,
            @Schema(type = SchemaType.ARRAY, implementation = DecisionTrees.RuleOutcome.class) JsonNode explanation,
            @Schema(implementation = DecisionTrees.FactsUsed.class) JsonNode facts, String reason, LocalDate asOf,
            LocalDate effectiveFrom, String outcomeChange, String trigger, String decidedBy, UUID runId,
            OffsetDateTime decidedAt) {

        /**
         * @param seesPersonalData false for a role that sees the identity number masked: a decision of the daily job
         *            is mostly an age threshold crossed that very day, so its dates would give the birth date away;
         *            that role sees them as the first of their month and no decision time
         */
        static EligibilityView of(StoredDecision d, ObjectMapper json, boolean seesPersonalData) {
            boolean onABirthday = !seesPersonalData && d.isTriggeredBy(DecisionTrigger.DAILY);
            return new EligibilityView(d.id(), d.elderId(), d.eligible(), d.monthlyAmountFen(),
                    ServiceCategory.listOf(d.categories()).stream().map(Enum::name).toList(), d.policyId(),
                    d.policyVersion(), d.districtCode(), tree(json, d.matchedRules()),
                    DecisionJson.explanationView(tree(json, d.explanation())),
                    tree(json, d.facts()), d.revokeReason(), monthOf(d.asOf(), onABirthday),
                    monthOf(d.effectiveFrom(), onABirthday), d.outcomeChange(), d.trigger(), d.decidedBy(),
                    d.runId(), onABirthday ? null : d.decidedAt());
        }

        private static LocalDate monthOf(LocalDate date, boolean reduce) {
            return reduce && date != null ? date.withDayOfMonth(1) : date;
        }

        private static JsonNode tree(ObjectMapper json, String text) {
            try {
                return json.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored decision JSON is not readable", e);
            }
        }
    }

    private ElderViews() {
    }
}
