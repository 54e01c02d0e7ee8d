package org.homecare.provider.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.ProviderAdmission;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.provider.domain.Provider;
import org.homecare.provider.domain.ProviderStatus;
import org.homecare.provider.repository.ProviderRepository;

/**
 * Object-level authorization: a provider user reaches only the provider whose credit code is its token's
 * {@code provider_code}; any other provider looks exactly like one that does not exist (404).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProviderAccess implements ProviderAdmission {

    private final ProviderRepository providers;

    public ProviderAccess(ProviderRepository providers) {
        this.providers = providers;
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
