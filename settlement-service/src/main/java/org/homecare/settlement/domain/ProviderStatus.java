package org.homecare.settlement.domain;

/** A provider's standing as provider.v1 tells it; stored by name in provider_ref and provider_status_change. */
public enum ProviderStatus {
    APPROVED, SUSPENDED, TERMINATED
}
