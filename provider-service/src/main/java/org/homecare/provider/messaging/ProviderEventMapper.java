package org.homecare.provider.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.ProviderEvents;
import org.homecare.provider.domain.Caregiver;
import org.homecare.provider.domain.CatalogueItem;
import org.homecare.provider.domain.Contract;
import org.homecare.provider.domain.ContractRate;
import org.homecare.provider.domain.PayeeAccount;
import org.homecare.provider.domain.Provider;
import org.homecare.provider.domain.ProviderStatus;

/** The provider.v1 events of this service's changes; the use cases append them through the outbox. */
public final class ProviderEventMapper {

    public static DomainEvent statusChanged(Provider provider, ProviderStatus.Action action, String reason,
            LocalDate effectiveFrom) {
        return switch (action) {
            case APPROVE -> new ProviderEvents.ProviderApproved(provider.id(), provider.creditCode(), provider.name(),
                    List.copyOf(provider.districtCodes()), List.copyOf(provider.categories()), effectiveFrom);
            case SUSPEND -> new ProviderEvents.ProviderSuspended(provider.id(), reason, effectiveFrom);
            case REINSTATE -> new ProviderEvents.ProviderReinstated(provider.id(), reason, effectiveFrom);
            case TERMINATE -> new ProviderEvents.ProviderTerminated(provider.id(), reason, effectiveFrom);
        };
    }

    /**
     * The whole rate card with each item's category, unit and duration rules: a consumer replaces its copy of the card
     * with it.
     */
    public static ProviderEvents.ContractActivated contractActivated(Contract contract, List<ContractRate> rates,
            Map<String, CatalogueItem> items) {
        List<ProviderEvents.Rate> card = rates.stream().map(r -> rate(r, items.get(r.itemCode()))).toList();
        return new ProviderEvents.ContractActivated(contract.id(), contract.providerId(), contract.validFrom(),
                contract.validTo(), List.copyOf(contract.districtCodes()), card);
    }

    private static ProviderEvents.Rate rate(ContractRate rate, CatalogueItem item) {
        CatalogueItem.UnitRounding rounding = item.unitRounding();
        return new ProviderEvents.Rate(rate.itemCode(), item.category(), item.unit().name(), rate.unitPriceFen(),
                rate.effectiveFrom(), item.minMinutes(), rounding == null ? null : rounding.name());
    }

    public static ProviderEvents.ContractEnded contractEnded(Contract contract) {
        return new ProviderEvents.ContractEnded(contract.id(), contract.providerId(), contract.endedOn(),
                contract.endReason());
    }

    public static ProviderEvents.CaregiverRegistered caregiverRegistered(Caregiver caregiver) {
        return new ProviderEvents.CaregiverRegistered(caregiver.id(), caregiver.providerId(), caregiver.personKey(),
                caregiver.certificationLevel(), caregiver.registeredOn());
    }

    public static ProviderEvents.CaregiverDeactivated caregiverDeactivated(Caregiver caregiver) {
        return new ProviderEvents.CaregiverDeactivated(caregiver.id(), caregiver.providerId(), caregiver.personKey(),
                caregiver.deactivatedOn());
    }

    public static ProviderEvents.ProviderPayeeChanged payeeChanged(PayeeAccount account) {
        return new ProviderEvents.ProviderPayeeChanged(account.providerId(), account.accountName(),
                account.bankName(), account.bankCode(), account.accountNumber(), account.effectiveFrom());
    }

    private ProviderEventMapper() {
    }
}
