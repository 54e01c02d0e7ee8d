package org.homecare.voucher.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.voucher.domain.Provider;
import org.homecare.voucher.repository.ProviderRepository;

/** Maps a provider token's credit code to the provider id learnt from ProviderApproved. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProviderDirectory {

    private final ProviderRepository providers;

    public ProviderDirectory(ProviderRepository providers) {
        this.providers = providers;
    }

    public Optional<UUID> providerIdOf(String creditCode) {
        return providers.findByCreditCode(creditCode).map(Provider::id);
    }
}
