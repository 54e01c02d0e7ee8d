package org.homecare.provider.service;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.ProviderAdmission;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.provider.domain.Contract;
import org.homecare.provider.domain.Provider;
import org.homecare.provider.domain.ProviderStatus;
import org.homecare.provider.repository.ContractRepository;
import org.homecare.provider.repository.ProviderRepository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Object-level authorization: a provider user reaches only the provider whose credit code is its token's
 * {@code provider_code}; a district-limited caller (an auditor whose token names districts) only the providers and
 * contracts serving one of its districts, the query that finds them narrowed to those. Any other provider or contract
 * looks exactly like one that does not exist (404).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProviderAccess implements ProviderAdmission {

    private final ProviderRepository providers;
    private final ContractRepository contracts;

    public ProviderAccess(ProviderRepository providers, ContractRepository contracts) {
        this.providers = providers;
        this.contracts = contracts;
    }

    /**
     * Refuses a provider token whose provider the city never approved, on every endpoint a provider may call: 403
     * {@code PROVIDER_UNKNOWN} when no provider has the token's {@code provider_code}, {@code PROVIDER_NOT_ACTIVE}
     * while it is only registered (APPLIED). A suspended or terminated provider was approved and keeps its reads.
     */
    @Override
    public void admit(Caller caller) {
        if (!caller.restrictedToOwnProvider()) {
            return;
        }
        Provider provider = caller.providerCode().flatMap(providers::findByCreditCode)
                .orElseThrow(() -> ProviderAdmission.unknown(caller.providerCode().isEmpty()
                        ? "the token carries no provider_code"
                        : "no provider registered by the city has this token's provider_code"));
        if (provider.status() == ProviderStatus.APPLIED) {
            throw ProviderAdmission.notActive("the city has not approved the provider of this token's "
                    + "provider_code");
        }
    }

    public Provider visible(Caller caller, UUID providerId) {
        return providers.findVisible(providerId, caller.districtScope().codes()).filter(p -> canSee(caller, p))
                .orElseThrow(() -> ApiProblem.notFound("provider", providerId));
    }

    /**
     * Locks the provider row for the rest of the transaction (see {@link ProviderRepository#findForUpdate}), once
     * {@link #visible} has found it for the caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Provider visibleForUpdate(Caller caller, UUID providerId) {
        visible(caller, providerId);
        return providers.findForUpdate(providerId).orElseThrow(() -> ApiProblem.notFound("provider", providerId));
    }

    /**
     * The providers the caller sees, in registration order: a provider user its own; a district-limited caller those
     * serving the district a list filter names (404 outside its districts) or, naming none, one of its districts.
     */
    public PanacheQuery<Provider> visibleProviders(Caller caller, Optional<ProviderStatus> status,
            Optional<String> district) {
        Optional<Set<String>> districts = caller.districtScope().narrowedTo(district);
        Optional<String> own = Optional.empty();
        if (caller.restrictedToOwnProvider()) {
            // a token without a code matches no provider: the list is empty, not everyone's
            own = Optional.of(caller.providerCode().orElse(""));
        }
        return providers.listed(own, status, districts);
    }

    /** The caller's contract of a provider it sees: within its districts, as {@link #visible} finds providers. */
    public Contract visibleContract(Caller caller, UUID providerId, UUID contractId) {
        visible(caller, providerId);
        return contracts.findVisible(providerId, contractId, caller.districtScope().codes())
                .orElseThrow(() -> ApiProblem.notFound("contract", contractId));
    }

    /**
     * The contracts of a provider the caller sees, covering the district a list filter names (404 outside the
     * caller's districts) or, naming none, one of the caller's districts.
     */
    public PanacheQuery<Contract> visibleContracts(Caller caller, UUID providerId, Optional<String> district) {
        visible(caller, providerId);
        return contracts.listed(providerId, caller.districtScope().narrowedTo(district));
    }

    private boolean canSee(Caller caller, Provider provider) {
        return !caller.restrictedToOwnProvider()
                || caller.providerCode().map(code -> code.equals(provider.creditCode())).orElse(false);
    }
}
