package org.homecare.settlement.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.settlement.domain.RejectedLog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RejectedLogRepository implements PanacheRepositoryBase<RejectedLog, UUID> {
}
