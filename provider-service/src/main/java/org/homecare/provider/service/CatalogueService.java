package org.homecare.provider.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.provider.domain.CatalogueCeiling;
import org.homecare.provider.domain.CatalogueItem;
import org.homecare.provider.domain.CeilingSchedule;
import org.homecare.provider.domain.ServiceCategory;
import org.homecare.provider.repository.CatalogueCeilingRepository;
import org.homecare.provider.repository.CatalogueItemRepository;
import org.homecare.provider.repository.ServiceCategoryRepository;
import org.homecare.provider.repository.TransactionLocks;

/** The service catalogue: read by everyone; city-admin adds items and later (effective-dated) ceilings. */
@ApplicationScoped
@Transactional
public class CatalogueService {

    public record CategoryWithItems(ServiceCategory category, List<PricedItem> items) {
    }

    /** An item with the ceiling in force today and the ceilings announced for later dates. */
    public record PricedItem(CatalogueItem item, long ceilingTodayFen, List<CatalogueCeiling> laterCeilings) {
    }

    public record NewItem(String code, String category, String nameZh, String nameEn, CatalogueItem.Unit unit,
            long ceilingPriceFen, int normMinutes, Integer minMinutes, CatalogueItem.UnitRounding unitRounding) {
    }

    private final ServiceCategoryRepository categories;
    private final CatalogueItemRepository items;
    private final CatalogueCeilingRepository ceilings;
    private final TransactionLocks locks;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public CatalogueService(ServiceCategoryRepository categories, CatalogueItemRepository items,
            CatalogueCeilingRepository ceilings, TransactionLocks locks, AuditTrail audit, BusinessClock clock) {
        this.categories = categories;
        this.items = items;
        this.ceilings = ceilings;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryWithItems> catalogue() {
        LocalDate today = clock.today();
        Map<String, List<CatalogueCeiling>> laterByItem = ceilings.listAll().stream()
                .collect(Collectors.groupingBy(CatalogueCeiling::itemCode));
        Map<String, List<PricedItem>> byCategory = items.listOrdered().stream()
                .map(item -> priced(item, laterByItem.getOrDefault(item.code(), List.of()), today))
                .collect(Collectors.groupingBy(p -> p.item().category()));
        return categories.listAll().stream()
                .map(c -> new CategoryWithItems(c, byCategory.getOrDefault(c.code(), List.of())))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, CatalogueItem> itemsByCode() {
        return items.listAll().stream().collect(Collectors.toMap(CatalogueItem::code, Function.identity()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long ceilingOn(CatalogueItem item, LocalDate date) {
        return new CeilingSchedule(item, ceilings.ofItem(item.code())).ceilingOn(date);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CatalogueItem> item(String code) {
        return items.findByIdOptional(code);
    }

    public CatalogueItem addItem(Caller caller, NewItem request) {
        if (categories.findByIdOptional(request.category()).isEmpty()) {
            throw ApiProblem.badRequest("category", "must be one of the catalogue's categories");
        }
        checkDurationRules(request);
        locks.lock("catalogue-item:" + request.code());
        if (items.findByIdOptional(request.code()).isPresent()) {
            throw ApiProblem.conflict("ITEM_EXISTS", "catalogue item " + request.code() + " already exists");
        }
        CatalogueItem item = new CatalogueItem(request.code(), request.category(), request.nameZh().trim(),
                request.nameEn().trim(), request.unit(), request.ceilingPriceFen(), request.normMinutes(),
                request.minMinutes(), request.unitRounding());
        items.persist(item);
        audit.record(caller.name(), "CATALOGUE_ITEM_ADDED", "catalogue_item", item.code(), null, request);
        return item;
    }

    /** A new ceiling from a later date on: prices already agreed for earlier dates stay within their ceiling. */
    public CatalogueCeiling addCeiling(Caller caller, String itemCode, long ceilingPriceFen, LocalDate effectiveFrom) {
        locks.lock("catalogue-item:" + itemCode);
        CatalogueItem item = items.findByIdOptional(itemCode)
                .orElseThrow(() -> ApiProblem.notFound("catalogue item", itemCode));
        if (!effectiveFrom.isAfter(clock.today())) {
            throw ApiProblem.badRequest("effectiveFrom", "must be after today: a ceiling never changes the past");
        }
        if (ceilings.ofItem(itemCode).stream().anyMatch(c -> c.effectiveFrom().equals(effectiveFrom))) {
            throw ApiProblem.conflict("CEILING_EXISTS",
                    "item " + itemCode + " already has a ceiling from " + effectiveFrom);
        }
        CatalogueCeiling ceiling = new CatalogueCeiling(UUID.randomUUID(), item.code(), ceilingPriceFen,
                effectiveFrom, clock.instant());
        ceilings.persist(ceiling);
        audit.record(caller.name(), "CATALOGUE_CEILING_ADDED", "catalogue_item", item.code(), null,
                Map.of("ceilingPriceFen", ceilingPriceFen, "effectiveFrom", effectiveFrom.toString()));
        return ceiling;
    }

    /** Only hours are rounded, and every hour item must say how; a minimum above the norm refuses the usual visit. */
    private static void checkDurationRules(NewItem request) {
        boolean hours = request.unit() == CatalogueItem.Unit.HOUR;
        if (hours && request.unitRounding() == null) {
            throw ApiProblem.badRequest("unitRounding", "is required for an HOUR item: UP, HALF_UP or DOWN");
        }
        if (!hours && request.unitRounding() != null) {
            throw ApiProblem.badRequest("unitRounding", "must be absent: only HOUR items round minutes to hours");
        }
        if (!hours && request.minMinutes() != null && request.minMinutes() > request.normMinutes()) {
            throw ApiProblem.badRequest("minMinutes", "must not exceed normMinutes (" + request.normMinutes()
                    + ") for a " + request.unit() + " item");
        }
    }

    private static PricedItem priced(CatalogueItem item, List<CatalogueCeiling> all, LocalDate today) {
        List<CatalogueCeiling> later = all.stream().filter(c -> c.effectiveFrom().isAfter(today))
                .sorted(Comparator.comparing(CatalogueCeiling::effectiveFrom)).toList();
        return new PricedItem(item, new CeilingSchedule(item, all).ceilingOn(today), later);
    }
}
