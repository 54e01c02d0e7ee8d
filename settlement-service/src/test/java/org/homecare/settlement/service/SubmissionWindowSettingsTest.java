package org.homecare.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The submission window as application.properties gives it, without starting Quarkus. */
class SubmissionWindowSettingsTest {

    private static int days(Map<String, String> set) throws IOException {
        URL properties = SubmissionWindowSettings.class.getResource("/application.properties");
        return new SmallRyeConfigBuilder().withProfile("prod")
                .withSources(new PropertiesConfigSource(properties))
                .withSources(new PropertiesConfigSource(set, "set", 500))
                .withMapping(SubmissionWindowSettings.class).build()
                .getConfigMapping(SubmissionWindowSettings.class).submissionWindow().days();
    }

    @Test
    void five_days_unless_set() throws IOException {
        assertThat(days(Map.of())).isEqualTo(5);
    }

    @Test
    void the_stack_wide_voucher_setting_governs_settlement_too() throws IOException {
        assertThat(days(Map.of("homecare.voucher.submission-window-days", "3"))).isEqualTo(3);
        assertThat(days(Map.of("homecare.voucher.submission-window-days", "3",
                "homecare.settlement.submission-window-days", "0"))).as("settlement's own key, where set").isZero();
    }

    @Test
    void a_window_outside_0_to_27_days_is_refused() {
        assertThatThrownBy(() -> days(Map.of("homecare.voucher.submission-window-days", "30")))
                .hasMessageContaining("homecare.settlement.submission-window-days");
        assertThatThrownBy(() -> days(Map.of("homecare.settlement.submission-window-days", "five")))
                .hasMessageContaining("homecare.settlement.submission-window-days");
    }
}
