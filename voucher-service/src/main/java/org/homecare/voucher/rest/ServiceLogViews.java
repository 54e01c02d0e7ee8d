package org.homecare.voucher.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.voucher.domain.Confirmation;
import org.homecare.voucher.domain.CorrectionReason;
import org.homecare.voucher.domain.LogChanges;
import org.homecare.voucher.domain.RecordedAudit;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.VisitException;
import org.homecare.voucher.service.ServiceLogQueries;

/** Request and response bodies of the service-log endpoints. */
final class ServiceLogViews {

    private ServiceLogViews() {
    }

    record BatchRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid ServiceLogRequest> logs) {
    }

    record VoidRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** The answer to a submission; the same log submitted again gets the same answer. */
    record SubmissionResult(UUID id, String providerLogId, String status, Long amountFen,
            @Schema(nullable = true, description = "The voucher's whole balance after the debit")
            Long balanceAfterFen, List<String> reasons,
            @Schema(description = "The month the log belongs to and is debited from: its start's month") String period,
            @Schema(description = "Debited but not payable until its visit exceptions are resolved") boolean held,
            @Schema(description = "The visit exceptions it was held on (LOCATION_MISMATCH, DURATION_SHORT,"
                    + " CONFIRMATION_FAILED); see GET /visit-exceptions") List<String> exceptions,
            int version) {
        static SubmissionResult of(ServiceLog log) {
            return new SubmissionResult(log.id(), log.providerLogId(), log.status().name(), log.amountFen(),
                    log.balanceAfterFen(), log.reasons(), log.period(), log.held(), log.exceptionCodes(),
                    log.version());
        }
    }

    /** What a correction changes; every field is optional, an absent one keeps the log's value. */
    public record LogChangesRequest(
            @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,39}", message = "must be an item code of the catalogue (A-Z, 0-9, _ -)") String itemCode,
            OffsetDateTime startTime, OffsetDateTime endTime, @Min(1) @Max(100) Integer units, UUID caregiverId,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude, Confirmation confirmation,
            @Size(min = 1, max = 100) @Pattern(regexp = "[A-Za-z0-9._:/-]{1,100}", message = "must be 1-100 letters, digits or . _ : / -") String confirmationRef) {
        static LogChanges none() {
            return new LogChanges(null, null, null, null, null, null, null, null, null);
        }

        LogChanges toChanges() {
            return new LogChanges(itemCode, micros(startTime), micros(endTime), units, caregiverId, latitude,
                    longitude, confirmation, confirmationRef);
        }

        private static Instant micros(OffsetDateTime time) {
            return time == null ? null : time.toInstant().truncatedTo(ChronoUnit.MICROS);
        }
    }

    record CorrectionRequest(@NotNull CorrectionReason reasonCode, @Size(max = 500) String note,
            @Schema(description = "The fields to change, e.g. { \"units\": 2 }; may be empty only for"
                    + " DUPLICATE_ENTRY, which voids the log") @Valid LogChangesRequest changes) {
    }

    record ExceptionRef(UUID id, String code, String status, String detail) {
        static ExceptionRef of(VisitException e) {
            return new ExceptionRef(e.id(), e.code().name(), e.status().name(), e.detail());
        }
    }

    record AuditView(Instant at, String actor, String action, String objectType, String objectId,
            @Schema(nullable = true, description = "JSON as recorded") String before,
            @Schema(nullable = true, description = "JSON as recorded") String after) {
        static AuditView of(RecordedAudit a) {
            return new AuditView(a.at(), a.actor(), a.action(), a.objectType(), a.objectId(), a.before(), a.after());
        }
    }

    /** A log's history: every version (first submitted first), their visit exceptions and the audit trail of both. */
    record HistoryView(String providerLogId, List<ServiceLogView> versions, List<ExceptionRef> exceptions,
            List<AuditView> auditRecords) {
        static HistoryView of(ServiceLogQueries.History h) {
            return new HistoryView(h.versions().get(0).providerLogId(),
                    h.versions().stream().map(ServiceLogView::of).toList(),
                    h.exceptions().stream().map(ExceptionRef::of).toList(),
                    h.audit().stream().map(AuditView::of).toList());
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
            @Schema(nullable = true) String voidReason, boolean held, List<String> exceptions, String confirmation,
            int version, @Schema(nullable = true) UUID correctsLogId, @Schema(nullable = true) String correctionReason,
            @Schema(nullable = true) String correctionNote) {
        static ServiceLogView of(ServiceLog log) {
            return new ServiceLogView(log.id(), log.providerLogId(), log.providerId(), log.voucherId(), log.elderId(),
                    log.caregiverId(), log.itemCode(), log.category(), log.districtCode(), log.startTime(),
                    log.endTime(), log.serviceDate(), log.units(), log.unitPriceFen(), log.amountFen(),
                    log.status().name(), log.reasons(), log.period(), log.submittedAt(), log.voidedAt(),
                    log.voidReason(), log.held(), log.exceptionCodes(), log.confirmation().name(), log.version(),
                    log.correctsLogId(), log.correctionReason() == null ? null : log.correctionReason().name(),
                    log.correctionNote());
        }
    }
}
