package org.homecare.provider.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.Paged;
import org.homecare.provider.domain.AreaCode;
import org.homecare.provider.domain.CatalogueItem;
import org.homecare.provider.domain.Contract;
import org.homecare.provider.domain.ContractRate;
import org.homecare.provider.domain.IllegalTransitionException;
import org.homecare.provider.domain.Provider;
import org.homecare.provider.domain.ProviderStatus;
import org.homecare.provider.domain.RateCard;
import org.homecare.provider.messaging.ProviderEventMapper;
import org.homecare.provider.repository.ContractRateRepository;
import org.homecare.provider.repository.ContractRepository;

/**
 * Contracts and their rate cards. Every change locks the provider row first, so two contracts of one provider cannot
 * slip past each other's overlap check. Each change publishes the whole card again (ContractActivated).
 */
@ApplicationScoped
@Transactional
public class ContractService {

    public record NewRate(String itemCode, long unitPriceFen, LocalDate effectiveFrom) {
    }

    public record NewContract(LocalDate validFrom, LocalDate validTo, List<String> districtCodes,
            List<NewRate> rates) {
    }

    public record ContractCard(Contract contract, List<ContractRate> rates) {
    }

    public record PriceOnDate(UUID contractId, String itemCode, LocalDate date, long unitPriceFen,
            LocalDate effectiveFrom) {
    }

    private final ContractRepository contracts;
    private final ContractRateRepository rates;
    private final ProviderAccess access;
    private final CatalogueService catalogue;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public ContractService(ContractRepository contracts, ContractRateRepository rates, ProviderAccess access,
            CatalogueService catalogue, OutboxWriter outbox, AuditTrail audit, BusinessClock clock) {
        this.contracts = contracts;
        this.rates = rates;
        this.access = access;
        this.catalogue = catalogue;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public ContractCard create(Caller caller, UUID providerId, NewContract request) {
        Provider provider = access.visibleForUpdate(caller, providerId);
        if (provider.status() != ProviderStatus.APPROVED) {
            throw new ApiProblem(409, "Conflict", "PROVIDER_NOT_APPROVED", "provider " + providerId + " is "
                    + provider.status() + ": only an APPROVED provider gets a contract", List.of(),
                    List.of(provider.status().name()));
        }
        if (request.validTo().isBefore(request.validFrom())) {
            throw ApiProblem.badRequest("validTo", "must not be before validFrom");
        }
        if (request.validTo().isBefore(clock.today())) {
            throw ApiProblem.badRequest("validTo", "must not be in the past");
        }
        Set<String> districts = checkedDistricts(provider, request.districtCodes());
        Contract contract = new Contract(UUID.randomUUID(), providerId, request.validFrom(), request.validTo(),
                districts, clock.instant());
        Map<String, CatalogueItem> items = catalogue.itemsByCode();
        List<RateCard.Price> accepted = new ArrayList<>();
        for (int i = 0; i < request.rates().size(); i++) {
            NewRate rate = request.rates().get(i);
            checkRate("rates[" + i + "].", rate, provider, contract, items);
            if (new RateCard(accepted).hasPriceFrom(rate.itemCode(), rate.effectiveFrom())) {
                throw ApiProblem.badRequest("rates[" + i + "].effectiveFrom",
                        "item " + rate.itemCode() + " already has a price from " + rate.effectiveFrom());
            }
            accepted.add(new RateCard.Price(rate.itemCode(), rate.unitPriceFen(), rate.effectiveFrom()));
        }
        contracts.ofProvider(providerId).stream()
                .filter(other -> other.overlaps(contract.validFrom(), contract.validTo()))
                .findFirst()
                .ifPresent(other -> {
                    throw ApiProblem.conflict("CONTRACT_OVERLAP", "the period overlaps contract " + other.id()
                            + " (" + other.validFrom() + " to " + other.lastDay() + ")");
                });
        contracts.persist(contract);
        for (RateCard.Price price : accepted) {
            rates.persist(new ContractRate(UUID.randomUUID(), contract.id(), price.itemCode(), price.unitPriceFen(),
                    price.effectiveFrom(), clock.instant()));
        }
        List<ContractRate> card = rates.ofContract(contract.id());
        outbox.append(ProviderEventMapper.contractActivated(contract, card, items));
        audit.record(caller.name(), "CONTRACT_ACTIVATED", "contract", contract.id().toString(), null,
                AuditStates.ContractState.of(contract, card));
        return new ContractCard(contract, card);
    }

    /** A later price: only from tomorrow on, so no service already delivered is priced anew. */
    public ContractCard addRate(Caller caller, UUID providerId, UUID contractId, NewRate rate) {
        Provider provider = access.visibleForUpdate(caller, providerId);
        Contract contract = access.visibleContract(caller, providerId, contractId);
        if (contract.status() != Contract.Status.ACTIVE) {
            throw new ApiProblem(409, "Conflict", "CONTRACT_NOT_ACTIVE", "contract " + contractId + " is "
                    + contract.status() + ": its prices cannot change", List.of(), List.of(contract.status().name()));
        }
        if (!rate.effectiveFrom().isAfter(clock.today())) {
            throw ApiProblem.badRequest("effectiveFrom",
                    "must be after today (" + clock.today() + "): a new price never re-prices delivered services");
        }
        Map<String, CatalogueItem> items = catalogue.itemsByCode();
        checkRate("", rate, provider, contract, items);
        List<ContractRate> before = rates.ofContract(contractId);
        if (new RateCard(before.stream().map(ContractRate::price).toList()).hasPriceFrom(rate.itemCode(),
                rate.effectiveFrom())) {
            throw ApiProblem.conflict("RATE_EXISTS",
                    "item " + rate.itemCode() + " already has a price from " + rate.effectiveFrom());
        }
        rates.persist(new ContractRate(UUID.randomUUID(), contractId, rate.itemCode(), rate.unitPriceFen(),
                rate.effectiveFrom(), clock.instant()));
        List<ContractRate> card = rates.ofContract(contractId);
        outbox.append(ProviderEventMapper.contractActivated(contract, card, items));
        audit.record(caller.name(), "CONTRACT_RATE_ADDED", "contract", contractId.toString(),
                AuditStates.ContractState.of(contract, before), AuditStates.ContractState.of(contract, card));
        return new ContractCard(contract, card);
    }

    public ContractCard end(Caller caller, UUID providerId, UUID contractId, LocalDate endOn, String reason) {
        access.visibleForUpdate(caller, providerId);
        Contract contract = access.visibleContract(caller, providerId, contractId);
        if (endOn.isBefore(clock.today())) {
            throw ApiProblem.badRequest("endOn", "must not be before today (" + clock.today() + ")");
        }
        if (endOn.isAfter(contract.validTo())) {
            throw ApiProblem.badRequest("endOn", "must not be after the contract's validTo " + contract.validTo());
        }
        List<ContractRate> card = rates.ofContract(contractId);
        AuditStates.ContractState before = AuditStates.ContractState.of(contract, card);
        try {
            contract.end(endOn, reason.trim());
        } catch (IllegalTransitionException e) {
            throw new ApiProblem(409, "Conflict", "CONTRACT_NOT_ACTIVE", e.getMessage(), List.of(),
                    List.of(e.currentStatus()));
        }
        outbox.append(ProviderEventMapper.contractEnded(contract));
        audit.record(caller.name(), "CONTRACT_ENDED", "contract", contractId.toString(), before,
                AuditStates.ContractState.of(contract, card));
        return new ContractCard(contract, card);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<ContractCard> list(Caller caller, UUID providerId, Optional<String> district, int page, int size) {
        var query = access.visibleContracts(caller, providerId, district);
        List<ContractCard> cards = query.page(page, size).list().stream()
                .map(c -> new ContractCard(c, rates.ofContract(c.id())))
                .toList();
        return new Paged<>(cards, page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractCard card(Caller caller, UUID providerId, UUID contractId) {
        Contract contract = access.visibleContract(caller, providerId, contractId);
        return new ContractCard(contract, rates.ofContract(contractId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PriceOnDate priceOn(Caller caller, UUID providerId, UUID contractId, String itemCode, LocalDate date) {
        ContractCard card = card(caller, providerId, contractId);
        if (!card.contract().covers(date)) {
            throw new ApiProblem(404, "Not found", "NO_PRICE", "contract " + contractId + " does not cover " + date,
                    List.of(), List.of());
        }
        RateCard.Price price = new RateCard(card.rates().stream().map(ContractRate::price).toList())
                .priceOn(itemCode, date)
                .orElseThrow(() -> new ApiProblem(404, "Not found", "NO_PRICE",
                        "contract " + contractId + " has no price for " + itemCode + " on " + date, List.of(),
                        List.of()));
        return new PriceOnDate(contractId, itemCode, date, price.unitPriceFen(), price.effectiveFrom());
    }

    private static Set<String> checkedDistricts(Provider provider, List<String> codes) {
        Set<String> districts = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!AreaCode.isValid(code)) {
                throw ApiProblem.badRequest("districtCodes[" + i + "]", "must be a 6-digit district area code");
            }
            if (!provider.serves(code)) {
                throw ApiProblem.badRequest("districtCodes[" + i + "]",
                        "the provider does not serve district " + code);
            }
            districts.add(code);
        }
        return districts;
    }

    private void checkRate(String prefix, NewRate rate, Provider provider, Contract contract,
            Map<String, CatalogueItem> items) {
        CatalogueItem item = items.get(rate.itemCode());
        if (item == null) {
            throw ApiProblem.badRequest(prefix + "itemCode", "unknown catalogue item " + rate.itemCode());
        }
        if (!provider.offers(item.category())) {
            throw ApiProblem.badRequest(prefix + "itemCode", "item " + item.code() + " is in category "
                    + item.category() + ", which the provider does not offer");
        }
        if (!contract.covers(rate.effectiveFrom())) {
            throw ApiProblem.badRequest(prefix + "effectiveFrom", "must lie within the contract period "
                    + contract.validFrom() + " to " + contract.lastDay());
        }
        long ceiling = catalogue.ceilingOn(item, rate.effectiveFrom());
        if (rate.unitPriceFen() > ceiling) {
            throw ApiProblem.badRequest(prefix + "unitPriceFen", rate.unitPriceFen() + " exceeds the ceiling of "
                    + ceiling + " fen for " + item.code() + " on " + rate.effectiveFrom());
        }
    }
}
