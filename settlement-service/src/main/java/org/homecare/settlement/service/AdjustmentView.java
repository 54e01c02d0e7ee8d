package org.homecare.settlement.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.settlement.domain.Adjustment;

/** An adjustment as answered and as written to the audit trail. */
public record AdjustmentView(UUID id, UUID providerId, UUID serviceLogId, long amountFen, String reason, String kind,
        @Schema(nullable = true) UUID findingId, String originPeriod, String targetPeriod, UUID statementId,
        Instant createdAt, String createdBy) {

    public static AdjustmentView of(Adjustment a) {
        return new AdjustmentView(a.id(), a.providerId(), a.serviceLogId(), a.amountFen(), a.reason(),
                a.kind().name(), a.findingId(), a.originPeriod(), a.targetPeriod(), a.statementId(), a.createdAt(),
                a.createdBy());
    }
}
