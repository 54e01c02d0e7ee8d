package org.homecare.voucher.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.caller.DistrictScope;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.Paged;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogStatus;
import org.homecare.voucher.repository.ServiceLogRepository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceLogQueries {

    private final ServiceLogRepository serviceLogs;

    public ServiceLogQueries(ServiceLogRepository serviceLogs) {
        this.serviceLogs = serviceLogs;
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
