package org.homecare.voucher.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything known about one submission when it is checked, gathered by the service from its projections (and from
 * the logs already accepted, for overlap and duplicates). {@code voucher} and {@code caregiver} are null when unknown.
 */
public record RedemptionFacts(UUID providerId, Voucher voucher, StatusTimeline<VoucherStatus> voucherTimeline,
        StatusTimeline<ProviderStatus> providerTimeline, Set<String> providerDistricts, List<ContractTerms> contracts,
        Caregiver caregiver, boolean periodClosed, boolean caregiverBusy, boolean duplicateService,
        long availableBalanceFen) {
}
