package org.homecare.eligibility.rest;

import java.io.IOException;
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
import org.homecare.eligibility.domain.DisabilityCategory;
import org.homecare.eligibility.domain.HomeLocation;
import org.homecare.eligibility.domain.IncomeStatus;
import org.homecare.eligibility.domain.LivingArrangement;
import org.homecare.eligibility.service.ElderService;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/** Bodies of the elder endpoints; the identity number's own rules are checked by {@code ResidentIdNumber}. */
public final class ElderRequests {

    static final String DISTRICT = "^[1-9][0-9]{5}$";
    static final String DISTRICT_MESSAGE = "must be a 6-digit administrative area code";
    static final String TOWNSHIP = "^[1-9][0-9]{8}$";
    static final String TOWNSHIP_MESSAGE = "must be a 9-digit township code (the first 9 digits of the statistical "
            + "area code)";
    static final String TOWNSHIP_DESCRIPTION = "The township (乡镇街道): the first 9 digits of the 12-digit statistical "
            + "area code; its first 6 digits must be the elder's district on the date it takes effect.";
    static final String CERTIFICATE_DESCRIPTION = "The disability certificate (残疾人证). Its number is personal data: "
            + "roles that see the identity number masked see it masked the same way.";
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
            @DecimalMax(value = "180", message = LONGITUDE_MESSAGE) Double homeLongitude,
            @Schema(description = TOWNSHIP_DESCRIPTION)
            @Pattern(regexp = TOWNSHIP, message = TOWNSHIP_MESSAGE) String townshipCode,
            @Schema(description = CERTIFICATE_DESCRIPTION) Certificate disabilityCertificate) {

        /** Null when neither coordinate is given. */
        HomeLocation home() {
            return ElderRequests.home(homeLatitude, homeLongitude);
        }

        ElderService.CertificateEntry certificate() {
            return disabilityCertificate == null ? null : disabilityCertificate.entry();
        }
    }

    /**
     * A new home location comes with a move or corrects the one known; without one the one known stays. A move without
     * a township ends the township of the old district. {@code disabilityCertificate}: left out keeps the one in
     * force, {@code null} ends it, an object records a new one (merge-patch style).
     */
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
            @DecimalMax(value = "180", message = LONGITUDE_MESSAGE) Double homeLongitude,
            @Schema(description = TOWNSHIP_DESCRIPTION)
            @Pattern(regexp = TOWNSHIP, message = TOWNSHIP_MESSAGE) String townshipCode,
            @Schema(implementation = Certificate.class, nullable = true, description = CERTIFICATE_DESCRIPTION
                    + " Left out: the certificate in force stays; null: none is in force from effectiveFrom; an "
                    + "object: this one is in force from effectiveFrom.")
            CertificateChange disabilityCertificate) {

        /** Null when neither coordinate is given. */
        HomeLocation home() {
            return ElderRequests.home(homeLatitude, homeLongitude);
        }

        ElderService.CertificateEntry certificate() {
            return disabilityCertificate == null || disabilityCertificate.certificate() == null ? null
                    : disabilityCertificate.certificate().entry();
        }

        boolean endsCertificate() {
            return disabilityCertificate != null && disabilityCertificate.certificate() == null;
        }
    }

    /**
     * A disability certificate as entered; the service checks it against its holder (one 400 naming every field that
     * does not fit).
     */
    @Schema(name = "DisabilityCertificateEntry")
    public record Certificate(
            @Schema(required = true) DisabilityCategory category,
            @Schema(required = true, minimum = "1", maximum = "4", description = "1 is the most severe") Integer grade,
            @Schema(required = true, pattern = "^[0-9]{17}[0-9X][1-7][1-4]$", description = "20 characters: the "
                    + "holder's identity number, the category digit (1 VISUAL to 7 MULTIPLE) and the grade digit")
            String number) {

        ElderService.CertificateEntry entry() {
            return new ElderService.CertificateEntry(category, grade, number);
        }
    }

    /**
     * The {@code disabilityCertificate} of a fact change, so that JSON {@code null} (ends the certificate) differs
     * from a field left out (keeps it): Jackson gives this a null {@code certificate} for {@code null} and no
     * instance at all for a missing field.
     */
    @JsonDeserialize(using = CertificateChange.Reader.class)
    public record CertificateChange(Certificate certificate) {

        private static final CertificateChange ENDS = new CertificateChange(null);

        static final class Reader extends StdDeserializer<CertificateChange> {

            Reader() {
                super(CertificateChange.class);
            }

            @Override
            public CertificateChange deserialize(JsonParser parser, DeserializationContext context)
                    throws IOException {
                return new CertificateChange(context.readValue(parser, Certificate.class));
            }

            @Override
            public CertificateChange getNullValue(DeserializationContext context) {
                return ENDS;
            }

            @Override
            public Object getAbsentValue(DeserializationContext context) {
                return null;
            }
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
