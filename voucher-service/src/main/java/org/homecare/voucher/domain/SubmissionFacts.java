package org.homecare.voucher.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one provider's batch of logs is decided on, read once for the whole batch after its vouchers and caregivers
 * are locked. {@code taken} holds the accepted services in the batch's window; the decider adds each log it accepts,
 * so later logs of the batch are checked against it too.
 *
 * @param vouchers the batch's vouchers that exist, locked, by id
 * @param stored the logs of earlier submissions the batch repeats, by provider log id
 * @param voucherTimelines a voucher without status changes is absent
 * @param codes the visit codes the batch's SMS_CODE logs name, by {@link VisitCode#hashOf}
 */
public record SubmissionFacts(UUID providerId, Map<UUID, Voucher> vouchers, Map<String, ServiceLog> stored,
        Set<String> providerDistricts, StatusTimeline<ProviderStatus> providerTimeline, List<ContractTerms> contracts,
        Map<UUID, StatusTimeline<VoucherStatus>> voucherTimelines, Map<UUID, Caregiver> caregivers,
        Set<String> closedPeriods, TakenSlots taken, Map<String, VisitCode> codes) {
}
