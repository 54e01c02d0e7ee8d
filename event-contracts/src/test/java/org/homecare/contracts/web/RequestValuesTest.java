package org.homecare.contracts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.homecare.contracts.problem.ApiProblem;
import org.junit.jupiter.api.Test;

class RequestValuesTest {

    private enum Colour {
        RED, GREEN
    }

    @Test
    void reads_canonical_uuids_months_dates_and_enum_names() {
        UUID id = UUID.randomUUID();
        assertThat(RequestValues.uuid("id", id.toString())).isEqualTo(id);
        assertThat(RequestValues.month("period", "2026-11")).isEqualTo(YearMonth.of(2026, 11));
        assertThat(RequestValues.date("on", " 2026-02-28 ")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(RequestValues.optionalEnum("colour", "GREEN", Colour.class)).contains(Colour.GREEN);
        assertThat(RequestValues.enumValue("colour", "RED", Colour.class)).isEqualTo(Colour.RED);
    }

    @Test
    void absent_optional_values_are_empty() {
        assertThat(RequestValues.optionalUuid("provider", null)).isEmpty();
        assertThat(RequestValues.optionalDate("on", "")).isEmpty();
        assertThat(RequestValues.optionalEnum("colour", " ", Colour.class)).isEmpty();
    }

    @Test
    void rejects_a_shortened_or_malformed_uuid_naming_the_parameter() {
        assertRejected(() -> RequestValues.uuid("id", "1-1-1-1-1"), "id", "must be a UUID");
        assertRejected(() -> RequestValues.uuid("id", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"), "id", "must be a UUID");
        assertRejected(() -> RequestValues.uuid("id", null), "id", "must be a UUID");
    }

    @Test
    void rejects_a_month_that_is_no_calendar_month() {
        for (String bad : new String[] { "2026-13", "2026-00", "2026-1", "26-11", "2026-11-01", "", "２０２６-11" }) {
            assertRejected(() -> RequestValues.month("period", bad), "period",
                    "must be a month written yyyy-MM, e.g. 2026-11");
        }
    }

    @Test
    void rejects_a_missing_or_impossible_date() {
        assertRejected(() -> RequestValues.date("date", null), "date", "is required (yyyy-MM-dd)");
        assertRejected(() -> RequestValues.date("date", "2026-02-30"), "date",
                "must be a date written yyyy-MM-dd, e.g. 2026-11-22");
    }

    @Test
    void rejects_an_unknown_or_missing_enum_name_listing_the_known_ones() {
        assertRejected(() -> RequestValues.optionalEnum("colour", "red", Colour.class), "colour",
                "must be one of [RED, GREEN]");
        assertRejected(() -> RequestValues.enumValue("colour", null, Colour.class), "colour",
                "is required, one of [RED, GREEN]");
    }

    private static void assertRejected(ThrowingCallable read, String field, String message) {
        assertThatThrownBy(read).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo(field);
                assertThat(error.message()).isEqualTo(message);
            });
        });
    }

    @Test
    void reads_booleans_area_codes_and_bounded_text_filters() {
        assertThat(RequestValues.optionalBoolean("eligible", "true")).contains(true);
        assertThat(RequestValues.optionalBoolean("eligible", "")).isEmpty();
        assertThat(RequestValues.optionalAreaCode("district", " 340102 ")).contains("340102");
        assertThat(RequestValues.optionalText("name", " 王 ", 50)).contains("王");
        assertThat(RequestValues.optionalText("name", "  ", 50)).isEmpty();
        assertThatThrownBy(() -> RequestValues.optionalBoolean("eligible", "yes")).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> RequestValues.optionalAreaCode("district", "34010")).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("6-digit");
        assertThatThrownBy(() -> RequestValues.optionalText("name", "王".repeat(51), 50))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("at most 50");
    }
}
