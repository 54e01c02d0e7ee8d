package org.homecare.provider.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.provider.domain.CatalogueItem;
import org.homecare.provider.domain.ServiceCategory;
import org.homecare.provider.repository.CatalogueItemRepository;
import org.homecare.provider.repository.ServiceCategoryRepository;

@ApplicationScoped
@Transactional
public class CatalogueService {

    public record CategoryWithItems(ServiceCategory category, List<CatalogueItem> items) {
    }

    private final ServiceCategoryRepository categories;
    private final CatalogueItemRepository items;

    public CatalogueService(ServiceCategoryRepository categories, CatalogueItemRepository items) {
        this.categories = categories;
        this.items = items;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryWithItems> catalogue() {
        Map<String, List<CatalogueItem>> byCategory = items.listOrdered().stream()
                .collect(Collectors.groupingBy(CatalogueItem::category));
        return categories.listAll().stream()
                .map(c -> new CategoryWithItems(c, byCategory.getOrDefault(c.code(), List.of())))
                .toList();
    }
}
