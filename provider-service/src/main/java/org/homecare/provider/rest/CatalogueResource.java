package org.homecare.provider.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.homecare.provider.domain.CatalogueItem;
import org.homecare.provider.service.CatalogueService;

@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    public record ItemView(String code, String category, String nameZh, String nameEn, String unit,
            long ceilingPriceFen, int normMinutes) {
        static ItemView of(CatalogueItem item) {
            return new ItemView(item.code(), item.category(), item.nameZh(), item.nameEn(), item.unit().name(),
                    item.ceilingPriceFen(), item.normMinutes());
        }
    }

    public record CategoryView(String code, String nameZh, String nameEn, List<ItemView> items) {
    }

    public record CatalogueView(List<CategoryView> categories, int itemCount) {
    }

    private final CatalogueService catalogue;

    public CatalogueResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @RolesAllowed({ "city-admin", "caseworker", "provider", "auditor", "settlement-platform" })
    public CatalogueView read() {
        List<CategoryView> categories = catalogue.catalogue().stream()
                .map(c -> new CategoryView(c.category().code(), c.category().nameZh(), c.category().nameEn(),
                        c.items().stream().map(ItemView::of).toList()))
                .toList();
        return new CatalogueView(categories, categories.stream().mapToInt(c -> c.items().size()).sum());
    }
}
