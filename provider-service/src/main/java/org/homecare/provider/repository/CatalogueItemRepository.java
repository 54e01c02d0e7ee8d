package org.homecare.provider.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.provider.domain.CatalogueItem;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CatalogueItemRepository implements PanacheRepositoryBase<CatalogueItem, String> {

    public List<CatalogueItem> listOrdered() {
        return listAll(Sort.by("category").and("code"));
    }
}
