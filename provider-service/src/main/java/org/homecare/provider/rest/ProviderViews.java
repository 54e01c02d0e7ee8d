package org.homecare.provider.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.contracts.caller.Caller;
import org.homecare.provider.domain.Provider;
import org.homecare.provider.domain.ProviderStatusChange;
import org.homecare.provider.service.PhoneMask;
import org.homecare.provider.service.ProviderService;

/** Responses of the provider endpoints; the phone is shown in full to city-admin and the provider itself. */
public final class ProviderViews {

    public record ProviderView(UUID id, String creditCode, String name, String legalRepresentative, String address,
            String phone, Set<String> districtCodes, Set<String> categories, String status, Instant registeredAt) {
    }

    public record StatusChangeView(@Schema(nullable = true) String fromStatus, String toStatus, String reason,
            String actor, Instant at, LocalDate effectiveOn) {
        static StatusChangeView of(ProviderStatusChange change) {
            return new StatusChangeView(change.fromStatus() == null ? null : change.fromStatus().name(),
                    change.toStatus().name(), change.reason(), change.actor(), change.at(), change.effectiveOn());
        }
    }

    public record ProviderDetailsView(UUID id, String creditCode, String name, String legalRepresentative,
            String address, String phone, Set<String> districtCodes, Set<String> categories, String status,
            Instant registeredAt, List<StatusChangeView> statusHistory) {
    }

    static ProviderView of(Provider p, Caller caller) {
        return new ProviderView(p.id(), p.creditCode(), p.name(), p.legalRepresentative(), p.address(),
                phoneFor(p, caller), p.districtCodes(), p.categories(), p.status().name(), p.registeredAt());
    }

    static ProviderDetailsView of(ProviderService.ProviderDetails details, Caller caller) {
        Provider p = details.provider();
        return new ProviderDetailsView(p.id(), p.creditCode(), p.name(), p.legalRepresentative(), p.address(),
                phoneFor(p, caller), p.districtCodes(), p.categories(), p.status().name(), p.registeredAt(),
                details.history().stream().map(StatusChangeView::of).toList());
    }

    private static String phoneFor(Provider p, Caller caller) {
        return caller.is(Caller.CITY_ADMIN) || caller.restrictedToOwnProvider() ? p.phone() : PhoneMask.mask(p.phone());
    }

    private ProviderViews() {
    }
}
