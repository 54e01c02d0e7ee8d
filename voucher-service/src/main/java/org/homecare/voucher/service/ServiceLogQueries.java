package org.homecare.voucher.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.caller.DistrictScope;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.Paged;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogStatus;
import org.homecare.voucher.domain.RecordedAudit;
import org.homecare.voucher.domain.VisitException;
import org.homecare.voucher.repository.AuditRecords;
import org.homecare.voucher.repository.ServiceLogRepository;
import org.homecare.voucher.repository.VisitExceptionRepository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceLogQueries {

    /** A log's lineage: every version, their visit exceptions and the audit records of all of them. */
    public record History(List<ServiceLog> versions, List<VisitException> exceptions, List<RecordedAudit> audit) {
    }

    private final ServiceLogRepository serviceLogs;
    private final VisitExceptionRepository exceptions;
    private final AuditRecords auditRecords;

    public ServiceLogQueries(ServiceLogRepository serviceLogs, VisitExceptionRepository exceptions,
            AuditRecords auditRecords) {
        this.serviceLogs = serviceLogs;
        this.exceptions = exceptions;
        this.auditRecords = auditRecords;
    }

    /** The history of a log the caller may see (as {@link #get}); any version leads to the whole lineage. */
    public History history(UUID providerId, DistrictScope scope, UUID id) {
        ServiceLog log = get(providerId, scope, id);
        List<ServiceLog> versions = serviceLogs.versions(log.providerId(), log.providerLogId());
        List<VisitException> raised = exceptions.ofLogs(versions.stream().map(ServiceLog::id).toList());
        Set<AuditRecords.ObjectRef> objects = new LinkedHashSet<>();
        for (ServiceLog version : versions) {
            objects.add(new AuditRecords.ObjectRef("ServiceLog", version.id().toString()));
            if (version.submissionId() != null) {
                objects.add(new AuditRecords.ObjectRef("ServiceLogSubmission", version.submissionId().toString()));
            }
        }
        raised.forEach(e -> objects.add(new AuditRecords.ObjectRef("VisitException", e.id().toString())));
        return new History(versions, raised, auditRecords.of(objects));
    }

    /**
     * @param providerId null for a role that sees every provider's logs
     * @param district a district the list is filtered to: outside the caller's scope it is "not found"
     */
    public Paged<ServiceLog> list(UUID providerId, DistrictScope scope, Optional<String> district, String period,
            ServiceLogStatus status, int page, int size) {
        PanacheQuery<ServiceLog> query = serviceLogs.search(providerId, period, status, scope.narrowedTo(district))
                .page(page, size);
        return new Paged<>(query.list(), page, size, query.count());
    }

    /** Another provider's log, or one outside the caller's districts, is "not found", exactly like a missing one. */
    public ServiceLog get(UUID providerId, DistrictScope scope, UUID id) {
        return serviceLogs.findVisible(id, scope)
                .filter(log -> providerId == null || log.providerId().equals(providerId))
                .orElseThrow(() -> ApiProblem.notFound("service log", id));
    }
}
