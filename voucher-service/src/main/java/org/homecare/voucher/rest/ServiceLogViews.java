package org.homecare.voucher.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.voucher.domain.ServiceLog;

/** Request and response bodies of the service-log endpoints. */
final class ServiceLogViews {

    private ServiceLogViews() {
    }

    record BatchRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid ServiceLogRequest> logs) {
    }

    record VoidRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** The answer to a submission; the same log submitted again gets the same answer. */
    record SubmissionResult(UUID id, String providerLogId, String status, Long amountFen, Long balanceAfterFen,
            List<String> reasons) {
        static SubmissionResult of(ServiceLog log) {
            return new SubmissionResult(log.id(), log.providerLogId(), log.status().name(), log.amountFen(),
                    log.balanceAfterFen(), log.reasons());
        }
    }

    record BatchResult(List<SubmissionResult> results, int accepted, int rejected) {
    }

    record ServiceLogView(UUID id, String providerLogId, UUID providerId, UUID voucherId, UUID elderId,
            UUID caregiverId, String itemCode, String category,
            @Schema(nullable = true, description = "The voucher's district when the log was submitted")
            String districtCode, Instant startTime, Instant endTime, LocalDate serviceDate, int units, @Schema(nullable = true) Long unitPriceFen,
            @Schema(nullable = true) Long amountFen, String status, List<String> reasons, String period,
            Instant submittedAt, @Schema(nullable = true) Instant voidedAt,
            @Schema(nullable = true) String voidReason) {
        static ServiceLogView of(ServiceLog log) {
            return new ServiceLogView(log.id(), log.providerLogId(), log.providerId(), log.voucherId(), log.elderId(),
                    log.caregiverId(), log.itemCode(), log.category(), log.districtCode(), log.startTime(),
                    log.endTime(), log.serviceDate(), log.units(), log.unitPriceFen(), log.amountFen(),
                    log.status().name(), log.reasons(), log.period(), log.submittedAt(), log.voidedAt(),
                    log.voidReason());
        }
    }
}
