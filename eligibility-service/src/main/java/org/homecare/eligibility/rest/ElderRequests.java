package org.homecare.eligibility.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.contracts.problem.ApiProblem;
import org.homecare.eligibility.domain.HomeLocation;
import org.homecare.eligibility.domain.IncomeStatus;
import org.homecare.eligibility.domain.LivingArrangement;

/** Bodies of the elder endpoints; the identity number's own rules are checked by {@code ResidentIdNumber}. */
public final class ElderRequests {

    static final String DISTRICT = "^[1-9][0-9]{5}$";
    static final String DISTRICT_MESSAGE = "must be a 6-digit administrative area code";
    static final String PHONE = "^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$";
    // the messages name the range, not the value sent
    static final String LATITUDE_MESSAGE = "must be a finite number from -90 to 90 (degrees north)";
    static final String LONGITUDE_MESSAGE = "must be a finite number from -180 to 180 (degrees east)";
    static final String LATITUDE_DESCRIPTION = "WGS 84 latitude of the home in degrees (Hefei about 31.8), recorded "
            + "with the address; give it with homeLongitude or leave both out. Never shown or published: the elder "
            + "shows, and voucher-service receives, only its geohash cell (homeCell).";
    static final String LONGITUDE_DESCRIPTION = "WGS 84 longitude of the home in degrees (Hefei about 117.2); give it "
            + "with homeLatitude or leave both out.";

    public record Register(
            @NotBlank(message = "is required") String idNumber,
            @NotBlank(message = "is required") @Size(max = 100) String name,
            @NotBlank(message = "is required") @Pattern(regexp = PHONE, message = "must be an 11-digit mobile or a landline number with area code") String phone,
            @NotNull(message = "is required") @Pattern(regexp = DISTRICT, message = DISTRICT_MESSAGE) String districtCode,
            @NotBlank(message = "is required") @Size(max = 100) String street,
            @NotNull(message = "is required") Boolean localHukou,
            @NotNull(message = "is required") LivingArrangement livingArrangement,
            @NotNull(message = "is required") IncomeStatus incomeStatus,
            @Schema(description = LATITUDE_DESCRIPTION)
            @DecimalMin(value = "-90", message = LATITUDE_MESSAGE)
            @DecimalMax(value = "90", message = LATITUDE_MESSAGE) Double homeLatitude,
            @Schema(description = LONGITUDE_DESCRIPTION)
            @DecimalMin(value = "-180", message = LONGITUDE_MESSAGE)
            @DecimalMax(value = "180", message = LONGITUDE_MESSAGE) Double homeLongitude) {

        /** Null when neither coordinate is given. */
        HomeLocation home() {
            return ElderRequests.home(homeLatitude, homeLongitude);
        }
    }

    /** A new home location comes with a move or corrects the one known; without one the one known stays. */
    public record ChangeFacts(
            @NotNull(message = "is required") LocalDate effectiveFrom,
            @Pattern(regexp = DISTRICT, message = DISTRICT_MESSAGE) String districtCode,
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String street,
            Boolean localHukou,
            LivingArrangement livingArrangement,
            IncomeStatus incomeStatus,
            @Schema(description = LATITUDE_DESCRIPTION)
            @DecimalMin(value = "-90", message = LATITUDE_MESSAGE)
            @DecimalMax(value = "90", message = LATITUDE_MESSAGE) Double homeLatitude,
            @Schema(description = LONGITUDE_DESCRIPTION)
            @DecimalMin(value = "-180", message = LONGITUDE_MESSAGE)
            @DecimalMax(value = "180", message = LONGITUDE_MESSAGE) Double homeLongitude) {

        /** Null when neither coordinate is given. */
        HomeLocation home() {
            return ElderRequests.home(homeLatitude, homeLongitude);
        }
    }

    public record RecordAssessment(
            @NotNull(message = "is required") @Min(0) @Max(4) Integer level,
            @NotNull(message = "is required") LocalDate assessedOn,
            @NotBlank(message = "is required") @Size(max = 100) String assessor) {
    }

    public record RecordDeath(@NotNull(message = "is required") LocalDate dateOfDeath) {
    }

    /**
     * Both coordinates or neither; the ranges are checked by the constraints above ("NaN" and infinities fail them
     * too), checked again here so that no such value reaches the cell.
     */
    private static HomeLocation home(Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (longitude == null) {
            throw ApiProblem.badRequest("homeLongitude", "is required with homeLatitude");
        }
        if (latitude == null) {
            throw ApiProblem.badRequest("homeLatitude", "is required with homeLongitude");
        }
        if (!(latitude >= -90 && latitude <= 90)) {
            throw ApiProblem.badRequest("homeLatitude", LATITUDE_MESSAGE);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw ApiProblem.badRequest("homeLongitude", LONGITUDE_MESSAGE);
        }
        return new HomeLocation(latitude, longitude);
    }

    private ElderRequests() {
    }
}
