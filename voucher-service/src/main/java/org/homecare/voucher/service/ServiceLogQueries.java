package org.homecare.voucher.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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

    /** @param providerId null for a role that sees every provider's logs */
    public Paged<ServiceLog> list(UUID providerId, String period, ServiceLogStatus status, int page, int size) {
        PanacheQuery<ServiceLog> query = serviceLogs.search(providerId, period, status).page(page, size);
        return new Paged<>(query.list(), page, size, query.count());
    }

    /** Another provider's log is "not found", exactly like a missing one. */
    public ServiceLog get(UUID providerId, UUID id) {
        return serviceLogs.findByIdOptional(id)
                .filter(log -> providerId == null || log.providerId().equals(providerId))
                .orElseThrow(() -> ApiProblem.notFound("service log", id));
    }
}
