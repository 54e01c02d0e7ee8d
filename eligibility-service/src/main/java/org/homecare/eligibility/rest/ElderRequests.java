package org.homecare.eligibility.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homecare.eligibility.domain.IncomeStatus;
import org.homecare.eligibility.domain.LivingArrangement;

/** Bodies of the elder endpoints; the identity number's own rules are checked by {@code ResidentIdNumber}. */
public final class ElderRequests {

    static final String DISTRICT = "^[1-9][0-9]{5}$";
    static final String DISTRICT_MESSAGE = "must be a 6-digit administrative area code";
    static final String PHONE = "^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$";

    public record Register(
            @NotBlank(message = "is required") String idNumber,
            @NotBlank(message = "is required") @Size(max = 100) String name,
            @NotBlank(message = "is required") @Pattern(regexp = PHONE, message = "must be an 11-digit mobile or a landline number with area code") String phone,
            @NotNull(message = "is required") @Pattern(regexp = DISTRICT, message = DISTRICT_MESSAGE) String districtCode,
            @NotBlank(message = "is required") @Size(max = 100) String street,
            @NotNull(message = "is required") Boolean localHukou,
            @NotNull(message = "is required") LivingArrangement livingArrangement,
            @NotNull(message = "is required") IncomeStatus incomeStatus) {
    }

    public record ChangeFacts(
            @NotNull(message = "is required") LocalDate effectiveFrom,
            @Pattern(regexp = DISTRICT, message = DISTRICT_MESSAGE) String districtCode,
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String street,
            Boolean localHukou,
            LivingArrangement livingArrangement,
            IncomeStatus incomeStatus) {
    }

    public record RecordAssessment(
            @NotNull(message = "is required") @Min(0) @Max(4) Integer level,
            @NotNull(message = "is required") LocalDate assessedOn,
            @NotBlank(message = "is required") @Size(max = 100) String assessor) {
    }

    public record RecordDeath(@NotNull(message = "is required") LocalDate dateOfDeath) {
    }

    private ElderRequests() {
    }
}
