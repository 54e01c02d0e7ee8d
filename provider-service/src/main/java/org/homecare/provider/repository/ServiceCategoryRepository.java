package org.homecare.provider.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.provider.domain.ServiceCategory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ServiceCategoryRepository implements PanacheRepositoryBase<ServiceCategory, String> {
}
