package org.homecare.settlement.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.settlement.domain.AuditSample;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AuditSampleRepository implements PanacheRepositoryBase<AuditSample, UUID> {
}
