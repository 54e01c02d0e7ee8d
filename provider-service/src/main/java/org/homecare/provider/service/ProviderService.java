package org.homecare.provider.service;

import java.util.LinkedHashSet;
import java.util.List;
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
import org.homecare.provider.domain.CreditCode;
import org.homecare.provider.domain.IllegalTransitionException;
import org.homecare.provider.domain.PayeeDetails;
import org.homecare.provider.domain.Provider;
import org.homecare.provider.domain.ProviderStatus;
import org.homecare.provider.domain.ProviderStatusChange;
import org.homecare.provider.messaging.ProviderEventMapper;
import org.homecare.provider.repository.ProviderRepository;
import org.homecare.provider.repository.ProviderStatusChangeRepository;
import org.homecare.provider.repository.ServiceCategoryRepository;
import org.homecare.provider.repository.TransactionLocks;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Registration and the lifecycle of providers; each change writes its history line, event and audit record. */
@ApplicationScoped
@Transactional
public class ProviderService {

    public record NewProvider(String creditCode, String name, String legalRepresentative, String address,
            String phone, List<String> districtCodes, List<String> categories, Optional<PayeeDetails> bankAccount) {
    }

    public record ProviderDetails(Provider provider, List<ProviderStatusChange> history) {
    }

    private final ProviderRepository providers;
    private final ProviderStatusChangeRepository history;
    private final ServiceCategoryRepository categories;
    private final ProviderAccess access;
    private final ProviderTermination termination;
    private final TransactionLocks locks;
    private final PayeeAccounts payees;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public ProviderService(ProviderRepository providers, ProviderStatusChangeRepository history,
            ServiceCategoryRepository categories, ProviderAccess access, ProviderTermination termination,
            TransactionLocks locks, PayeeAccounts payees, OutboxWriter outbox, AuditTrail audit,
            BusinessClock clock) {
        this.providers = providers;
        this.history = history;
        this.categories = categories;
        this.access = access;
        this.termination = termination;
        this.locks = locks;
        this.payees = payees;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Provider register(Caller caller, NewProvider request) {
        CreditCode.Result parsed = CreditCode.parse(request.creditCode());
        CreditCode creditCode = parsed.code().orElseThrow(() -> ApiProblem.badRequest("creditCode", parsed.problem()));
        Set<String> districts = checkedDistricts(request.districtCodes());
        Set<String> offered = checkedCategories(request.categories());
        locks.lock("provider-credit-code:" + creditCode.value());
        if (providers.findByCreditCode(creditCode.value()).isPresent()) {
            throw ApiProblem.conflict("CREDIT_CODE_TAKEN",
                    "a provider with credit code " + creditCode.value() + " is already registered");
        }
        Provider provider = new Provider(UUID.randomUUID(), creditCode, request.name().trim(),
                request.legalRepresentative().trim(), request.address().trim(), request.phone().trim(), districts,
                offered, clock.instant());
        providers.persist(provider);
        history.persist(new ProviderStatusChange(UUID.randomUUID(), provider.id(), null, ProviderStatus.APPLIED,
                "registered", caller.name(), clock.instant(), clock.today()));
        audit.record(caller.name(), "PROVIDER_REGISTERED", "provider", provider.id().toString(), null,
                AuditStates.ProviderState.of(provider));
        request.bankAccount().ifPresent(account -> payees.recordAtRegistration(caller, provider, account));
        return provider;
    }

    public Provider transition(Caller caller, UUID providerId, ProviderStatus.Action action, String reason) {
        Provider provider = access.visibleForUpdate(caller, providerId);
        AuditStates.ProviderState before = AuditStates.ProviderState.of(provider);
        ProviderStatus from;
        try {
            from = provider.apply(action);
        } catch (IllegalTransitionException e) {
            throw new ApiProblem(409, "Conflict", "ILLEGAL_TRANSITION", e.getMessage(), List.of(),
                    List.of(e.currentStatus()));
        }
        String why = reason.trim();
        history.persist(new ProviderStatusChange(UUID.randomUUID(), provider.id(), from, provider.status(), why,
                caller.name(), clock.instant(), clock.today()));
        if (action == ProviderStatus.Action.TERMINATE) {
            termination.endEverything(caller, provider, why);
        }
        outbox.append(ProviderEventMapper.statusChanged(provider, action, why, clock.today()));
        audit.record(caller.name(), "PROVIDER_" + provider.status().name(), "provider", provider.id().toString(),
                before, AuditStates.ProviderState.of(provider));
        return provider;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProviderDetails details(Caller caller, UUID providerId) {
        Provider provider = access.visible(caller, providerId);
        return new ProviderDetails(provider, history.historyOf(providerId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProviderDetails own(Caller caller) {
        Provider provider = caller.providerCode().flatMap(providers::findByCreditCode)
                .orElseThrow(() -> ApiProblem.notFound("provider with code", caller.providerCode().orElse("(none)")));
        return new ProviderDetails(provider, history.historyOf(provider.id()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<Provider> list(Caller caller, Optional<ProviderStatus> status, Optional<String> district, int page,
            int size) {
        PanacheQuery<Provider> query = access.visibleProviders(caller, status, district);
        return new Paged<>(query.page(page, size).list(), page, size, query.count());
    }

    private static Set<String> checkedDistricts(List<String> codes) {
        Set<String> districts = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!AreaCode.isValid(codes.get(i))) {
                throw ApiProblem.badRequest("districtCodes[" + i + "]", "must be a 6-digit district area code");
            }
            districts.add(codes.get(i));
        }
        return districts;
    }

    private Set<String> checkedCategories(List<String> codes) {
        Set<String> offered = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || categories.findByIdOptional(code).isEmpty()) {
                throw ApiProblem.badRequest("categories[" + i + "]", "must be one of the catalogue's categories");
            }
            offered.add(code);
        }
        return offered;
    }
}
