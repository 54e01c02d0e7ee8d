package org.homecare.voucher.rest;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.voucher.domain.Confirmation;
import org.homecare.voucher.domain.ServiceLog;

/**
 * One delivered service as a provider reports it. No provider and no amount: those are never the client's to say.
 * The voucher is named by its id or by the number on its card, exactly one of the two.
 */
@OneVoucherReference
@CompleteLocation
public record ServiceLogRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}", message = "must be 1-64 letters, digits or . _ : / -") String providerLogId,
        @Schema(description = "The voucher's id; give it or voucherNumber, not both.") UUID voucherId,
        @Schema(description = "The 16-digit number on the voucher's card, its last digit a Luhn check digit; give it"
                + " or voucherId, not both. A number no voucher has is rejected VOUCHER_NOT_FOUND.",
                examples = "3401000000000017")
        @Pattern(regexp = "[0-9]{16}", message = "must be the 16 digits of the card") @CardCheckDigit
        String voucherNumber,
        @NotNull UUID caregiverId,
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,39}", message = "must be an item code of the catalogue (A-Z, 0-9, _ -)") String itemCode,
        @NotNull OffsetDateTime startTime,
        @NotNull OffsetDateTime endTime,
        @NotNull @Min(1) @Max(100) Integer units,
        @Schema(description = "Where the visit was logged (WGS 84); with longitude, or neither when the device had no"
                + " fix. Compared with the elder's home cell: farther than the tolerance holds the log"
                + " (LOCATION_MISMATCH).")
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull Confirmation confirmation,
        @Schema(description = "The confirmation's evidence: for SMS_CODE the code the elder read back (required to"
                + " verify it), else a reference to the signature or face match.")
        @Size(min = 1, max = 100) @Pattern(regexp = "[A-Za-z0-9._:/-]{1,100}", message = "must be 1-100 letters, digits or . _ : / -")
        String confirmationRef) {

    ServiceLog.Submitted toSubmitted() {
        // PostgreSQL keeps microseconds: compare and store exactly what the database will hold
        return new ServiceLog.Submitted(providerLogId, voucherId, voucherNumber, caregiverId, itemCode,
                startTime.toInstant().truncatedTo(ChronoUnit.MICROS), endTime.toInstant().truncatedTo(ChronoUnit.MICROS),
                units, latitude, longitude, confirmation, confirmationRef);
    }
}
