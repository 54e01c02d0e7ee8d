package org.homecare.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import org.junit.jupiter.api.Test;

/** The debtor account as application.properties gives it, per profile, without starting Quarkus. */
class DebtorSettingsTest {

    private static SmallRyeConfig config(String profile) throws IOException {
        URL properties = DebtorSettings.class.getResource("/application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile).withSources(new PropertiesConfigSource(properties))
                .withMapping(DebtorSettings.class).build();
    }

    @Test
    void dev_test_and_local_have_a_debtor_account() throws IOException {
        for (String profile : new String[] {"dev", "test", "local"}) {
            DebtorSettings settings = config(profile).getConfigMapping(DebtorSettings.class);
            assertThat(settings.debtorAccount().bankCode()).as(profile).isEqualTo("102361000015");
            assertThat(settings.debtorAccount().name()).as(profile).startsWith("合肥市民政局");
            assertThat(settings.bic()).isEmpty();
        }
    }

    @Test
    void prod_has_none_so_it_cannot_start_unconfigured() {
        assertThatThrownBy(() -> config("prod")).hasMessageContaining("homecare.settlement.debtor");
    }
}
