package org.homecare.provider.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.provider.domain.CatalogueCeiling;
import org.homecare.provider.domain.CatalogueItem;
import org.homecare.provider.service.CatalogueService;

@Tag(name = "Catalogue", description = "The service catalogue: categories, items, ceiling prices")
@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    public record CeilingView(long ceilingPriceFen, LocalDate effectiveFrom) {
        static CeilingView of(CatalogueCeiling ceiling) {
            return new CeilingView(ceiling.ceilingPriceFen(), ceiling.effectiveFrom());
        }
    }

    /**
     * ceilingPriceFen is the ceiling in force today; laterCeilings are announced for later dates. minMinutes (null: no
     * minimum) and unitRounding (HOUR items only) are the duration rules voucher-service checks visits against.
     */
    public record ItemView(String code, String category, String nameZh, String nameEn, String unit,
            long ceilingPriceFen, int normMinutes, @Schema(nullable = true) Integer minMinutes,
            @Schema(nullable = true) CatalogueItem.UnitRounding unitRounding, List<CeilingView> laterCeilings) {
        static ItemView of(CatalogueService.PricedItem priced) {
            CatalogueItem item = priced.item();
            return new ItemView(item.code(), item.category(), item.nameZh(), item.nameEn(), item.unit().name(),
                    priced.ceilingTodayFen(), item.normMinutes(), item.minMinutes(), item.unitRounding(),
                    priced.laterCeilings().stream().map(CeilingView::of).toList());
        }
    }

    public record CategoryView(String code, String nameZh, String nameEn, List<ItemView> items) {
    }

    public record CatalogueView(List<CategoryView> categories, int itemCount) {
    }

    public record NewItem(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9]{1,19}", message = "must be 2-20 upper-case "
            + "letters or digits, starting with a letter") String code,
            @NotBlank String category,
            @NotBlank @Size(max = 50) String nameZh,
            @NotBlank @Size(max = 100) String nameEn,
            @NotNull CatalogueItem.Unit unit,
            @NotNull @Positive @Max(10_000_000) Long ceilingPriceFen,
            @NotNull @Positive @Max(24 * 60) Integer normMinutes,
            @Schema(nullable = true, description = "the shortest visit that counts as the service; absent: no minimum")
            @Min(0) @Max(24 * 60) Integer minMinutes,
            @Schema(nullable = true, description = "required for HOUR items, absent for others: how a visit's "
                    + "minutes become the hours it may bill (HALF_UP: 89 min is 1 h, 90 min 2 h)")
            CatalogueItem.UnitRounding unitRounding) {
    }

    public record NewCeiling(@NotNull @Positive @Max(10_000_000) Long ceilingPriceFen,
            @NotNull LocalDate effectiveFrom) {
    }

    private final CatalogueService catalogue;
    private final CallerOfRequest caller;

    public CatalogueResource(CatalogueService catalogue, CallerOfRequest caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.CASEWORKER, Caller.PROVIDER, Caller.AUDITOR, Caller.PLATFORM })
    @Operation(operationId = "getCatalogue", summary = "The catalogue with the ceilings in force today")
    public CatalogueView read() {
        caller.get(); // refuses a provider token of no approved provider
        List<CategoryView> categories = catalogue.catalogue().stream()
                .map(c -> new CategoryView(c.category().code(), c.category().nameZh(), c.category().nameEn(),
                        c.items().stream().map(ItemView::of).toList()))
                .toList();
        return new CatalogueView(categories, categories.stream().mapToInt(c -> c.items().size()).sum());
    }

    @POST
    @Path("/items")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "addCatalogueItem", summary = "Add an item to the catalogue")
    @APIResponse(responseCode = "201", description = "Added; Location names the item",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "409", description = "ITEM_EXISTS: an item has this code")
    public Response addItem(@NotNull @Valid NewItem request) {
        CatalogueItem item = catalogue.addItem(caller.get(), new CatalogueService.NewItem(request.code(),
                request.category(), request.nameZh(), request.nameEn(), request.unit(), request.ceilingPriceFen(),
                request.normMinutes(), request.minMinutes(), request.unitRounding()));
        return Response.created(URI.create("/api/v1/catalogue/items/" + item.code()))
                .entity(ItemView.of(new CatalogueService.PricedItem(item, item.ceilingPriceFen(), List.of())))
                .build();
    }

    /** A new ceiling of an item from a later date on. */
    @POST
    @Path("/items/{code}/ceilings")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "addCatalogueCeiling", summary = "Announce an item's ceiling from a later date on")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = CeilingView.class)))
    @APIResponse(responseCode = "409", description = "CEILING_EXISTS: the item has a ceiling from that date")
    public Response addCeiling(@PathParam("code") String code, @NotNull @Valid NewCeiling request) {
        CatalogueCeiling ceiling = catalogue.addCeiling(caller.get(), code, request.ceilingPriceFen(),
                request.effectiveFrom());
        return Response.status(Response.Status.CREATED).entity(CeilingView.of(ceiling)).build();
    }
}
