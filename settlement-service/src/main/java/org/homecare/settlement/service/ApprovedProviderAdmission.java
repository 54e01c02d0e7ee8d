package org.homecare.settlement.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.ProviderAdmission;

/** Settlement learns a provider from ProviderApproved only, so an unknown credit code was never approved. */
@ApplicationScoped
public class ApprovedProviderAdmission implements ProviderAdmission {

    private final ProviderDirectory directory;

    public ApprovedProviderAdmission(ProviderDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void admit(Caller provider) {
        if (provider.providerCode().flatMap(directory::providerIdOf).isEmpty()) {
            throw ProviderAdmission.unknown("no approved provider has this token's provider_code");
        }
    }
}
