package org.homecare.contracts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.homecare.contracts.problem.ApiProblem;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absent_values_take_page_0_and_size_50() {
        PageRequest request = PageRequest.of(null, "");
        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(50);
        assertThat(request.offset()).isZero();
    }

    @Test
    void the_offset_is_a_long_product() {
        assertThat(PageRequest.of("3", "500").offset()).isEqualTo(1500L);
        assertThat(PageRequest.of("4294967", "500").offset()).isEqualTo(2_147_483_500L);
    }

    @Test
    void rejects_a_page_whose_first_row_overflows_naming_page() {
        assertRejected("2147483647", "50", "page", "must be at most 42949672 with size 50");
        assertRejected("4294968", "500", "page", "must be at most 4294967 with size 500");
    }

    @Test
    void rejects_negative_text_and_huge_values_naming_the_parameter() {
        assertRejected("-1", null, "page", "must be 0 or more");
        assertRejected("abc", null, "page", "must be a whole number");
        assertRejected("1.5", null, "page", "must be a whole number");
        assertRejected(null, "abc", "size", "must be a whole number");
        assertRejected(null, "0", "size", "must be between 1 and 500");
        assertRejected(null, "501", "size", "must be between 1 and 500");
        assertRejected(null, "99999999999", "size", "must be between 1 and 500");
        assertRejected(null, "-99999999999999999999999", "size", "must be between 1 and 500");
        assertRejected("99999999999999999999999", null, "page", "must be at most 42949672 with size 50");
    }

    private static void assertRejected(String page, String size, String field, String message) {
        assertThatThrownBy(() -> PageRequest.of(page, size)).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo(field);
                assertThat(error.message()).isEqualTo(message);
            });
        });
    }
}
