package org.homecare.provider.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.provider.domain.CatalogueCeiling;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CatalogueCeilingRepository implements PanacheRepositoryBase<CatalogueCeiling, UUID> {

    public List<CatalogueCeiling> ofItem(String itemCode) {
        return list("itemCode", itemCode);
    }
}
