package org.homecare.provider.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.problem.ApiProblem;
import org.homecare.provider.domain.Provider;
import org.homecare.provider.repository.ProviderRepository;

/**
 * Object-level authorization: a provider user reaches only the provider whose credit code is its token's
 * {@code provider_code}; any other provider looks exactly like one that does not exist (404).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProviderAccess {

    private final ProviderRepository providers;

    public ProviderAccess(ProviderRepository providers) {
        this.providers = providers;
    }

    public Provider visible(Caller caller, UUID providerId) {
        return providers.findByIdOptional(providerId).filter(p -> canSee(caller, p))
                .orElseThrow(() -> ApiProblem.notFound("provider", providerId));
    }

    /** Locks the provider row for the rest of the transaction (see {@link ProviderRepository#findForUpdate}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Provider visibleForUpdate(Caller caller, UUID providerId) {
        return providers.findForUpdate(providerId).filter(p -> canSee(caller, p))
                .orElseThrow(() -> ApiProblem.notFound("provider", providerId));
    }

    public boolean canSee(Caller caller, Provider provider) {
        return !caller.restrictedToOwnProvider()
                || caller.providerCode().map(code -> code.equals(provider.creditCode())).orElse(false);
    }
}
