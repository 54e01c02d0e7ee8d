package org.homecare.voucher.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.ProviderAdmission;
import org.homecare.voucher.domain.Provider;
import org.homecare.voucher.repository.ProviderRepository;

/**
 * Maps a provider token's credit code to the provider id learnt from ProviderApproved: a provider voucher-service has
 * not seen approved may not act or read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProviderDirectory implements ProviderAdmission {

    private final ProviderRepository providers;

    public ProviderDirectory(ProviderRepository providers) {
        this.providers = providers;
    }

    public Optional<UUID> providerIdOf(String creditCode) {
        return providers.findByCreditCode(creditCode).map(Provider::id);
    }

    @Override
    public void admit(Caller provider) {
        providerIdOf(provider);
    }

    /** The provider a provider user acts for: from the token's provider_code, never from the request. */
    public UUID providerIdOf(Caller caller) {
        String code = caller.providerCode()
                .orElseThrow(() -> ProviderAdmission.unknown("the token carries no provider_code"));
        return providerIdOf(code).orElseThrow(() -> ProviderAdmission.unknown(
                "no approved provider has this token's provider_code"));
    }

    /** The provider to restrict reads to, or empty for a role that reads everything. */
    public Optional<UUID> readScope(Caller caller) {
        return caller.restrictedToOwnProvider() ? Optional.of(providerIdOf(caller)) : Optional.empty();
    }
}
