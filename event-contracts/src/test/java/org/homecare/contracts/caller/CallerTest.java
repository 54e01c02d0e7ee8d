package org.homecare.contracts.caller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void a_provider_user_is_narrowed_to_its_own_provider() {
        Caller provider = new Caller("svc-a", Set.of(Caller.PROVIDER), Optional.of("91340100MA2TEST01X"));
        assertThat(provider.restrictedToOwnProvider()).isTrue();
        assertThat(provider.seesAll()).isFalse();
        assertThat(provider.seesPersonalData()).isFalse();
    }

    @Test
    void city_staff_holding_the_provider_role_too_are_not_narrowed() {
        assertThat(new Caller("admin", Set.of(Caller.PROVIDER, Caller.CITY_ADMIN), Optional.empty())
                .restrictedToOwnProvider()).isFalse();
        assertThat(new Caller("audit", Set.of(Caller.PROVIDER, Caller.AUDITOR), Optional.empty())
                .restrictedToOwnProvider()).isFalse();
    }

    @Test
    void only_caseworkers_and_city_admins_see_personal_data() {
        assertThat(new Caller("cw", Set.of(Caller.CASEWORKER), Optional.empty()).seesPersonalData()).isTrue();
        assertThat(new Caller("admin", Set.of(Caller.CITY_ADMIN), Optional.empty()).seesPersonalData()).isTrue();
        assertThat(new Caller("audit", Set.of(Caller.AUDITOR), Optional.empty()).seesPersonalData()).isFalse();
        assertThat(new Caller("platform", Set.of(Caller.PLATFORM), Optional.empty()).seesPersonalData()).isFalse();
    }
}
