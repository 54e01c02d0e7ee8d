package org.homecare.settlement.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.DistrictScope;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.settlement.domain.AuditFinding;
import org.homecare.settlement.domain.AuditSample;
import org.homecare.settlement.domain.ServiceLog;
import org.homecare.settlement.repository.AuditFindingRepository;
import org.homecare.settlement.repository.AuditSampleRepository;
import org.homecare.settlement.repository.ServiceLogRepository;

/**
 * Draws reproducible samples of accepted logs for return visits and records what the visits found. A district auditor
 * samples, and records findings on, the logs of its districts only.
 */
@ApplicationScoped
@Transactional
public class AuditSampler {

    public record SampledLog(UUID serviceLogId, UUID providerId, UUID elderId, UUID caregiverId, String itemCode,
            String districtCode, String serviceDate, long amountFen) {
        static SampledLog of(ServiceLog l) {
            return new SampledLog(l.id(), l.providerId(), l.elderId(), l.caregiverId(), l.itemCode(),
                    l.districtCode(), l.serviceDate() == null ? null : l.serviceDate().toString(), l.amountFen());
        }
    }

    /** districts: those the sample was drawn from (a district-limited token's), null for the whole city. */
    public record SampleView(UUID id, String period, String seed, int size,
            @Schema(nullable = true) List<String> districts, List<SampledLog> items) {
    }

    public record FindingView(UUID id, UUID serviceLogId, @Schema(nullable = true) UUID sampleId, String verdict,
            String note, String createdBy) {
        static FindingView of(AuditFinding f) {
            return new FindingView(f.id(), f.serviceLogId(), f.sampleId(), f.verdict().name(), f.note(),
                    f.createdBy());
        }
    }

    /** What the audit trail keeps: with the seed and the districts drawn from, anyone can draw the sample again. */
    private record SampleRecord(UUID id, String period, String seed, int size, List<String> districts,
            List<UUID> serviceLogIds) {
    }

    private final ServiceLogRepository logs;
    private final AuditSampleRepository samples;
    private final AuditFindingRepository findings;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public AuditSampler(ServiceLogRepository logs, AuditSampleRepository samples, AuditFindingRepository findings,
            AuditTrail audit, BusinessClock clock) {
        this.logs = logs;
        this.samples = samples;
        this.findings = findings;
        this.audit = audit;
        this.clock = clock;
    }

    public SampleView draw(String period, int size, String seed, Caller caller) {
        DistrictScope scope = caller.districtScope();
        List<UUID> ids = logs.sample(period, seed, size, scope);
        List<String> districts = scope.cityWide() ? null : scope.sortedCodes();
        AuditSample sample = new AuditSample(period, size, seed, ids, clock.instant(), caller.name());
        samples.persist(sample);
        audit.record(caller.name(), "AUDIT_SAMPLE_DRAWN", "AuditSample", sample.id().toString(), null,
                new SampleRecord(sample.id(), period, seed, size, districts, ids));
        return new SampleView(sample.id(), period, seed, size, districts,
                ids.stream().map(id -> SampledLog.of(logs.findById(id))).toList());
    }

    public FindingView record(UUID serviceLogId, UUID sampleId, AuditFinding.Verdict verdict, String note,
            Caller caller) {
        logs.acceptedWithin(serviceLogId, caller.districtScope())
                .orElseThrow(() -> ApiProblem.notFound("service log", serviceLogId));
        if (sampleId != null) {
            AuditSample sample = samples.findByIdOptional(sampleId)
                    .orElseThrow(() -> ApiProblem.notFound("audit sample", sampleId));
            if (!sample.serviceLogIds().contains(serviceLogId)) {
                throw ApiProblem.unprocessable("LOG_NOT_IN_SAMPLE", "service log " + serviceLogId
                        + " is not in sample " + sampleId, List.of("LOG_NOT_IN_SAMPLE"));
            }
        }
        AuditFinding finding = new AuditFinding(serviceLogId, sampleId, verdict, note, clock.instant(),
                caller.name());
        findings.persist(finding);
        FindingView view = FindingView.of(finding);
        audit.record(caller.name(), "AUDIT_FINDING_RECORDED", "AuditFinding", finding.id().toString(), null, view);
        return view;
    }
}
