package org.homecare.voucher.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.voucher.domain.Caregiver;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaregiverRepository implements PanacheRepositoryBase<Caregiver, UUID> {
}
