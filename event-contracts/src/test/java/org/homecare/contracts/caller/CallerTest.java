package org.homecare.contracts.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.homecare.contracts.problem.ApiProblem;
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

    @Test
    void a_caseworker_sees_only_the_districts_of_its_token() {
        DistrictScope scope = new Caller("cw", Set.of(Caller.CASEWORKER), Optional.empty(), Set.of("340102"))
                .districtScope();
        assertThat(scope.cityWide()).isFalse();
        assertThat(scope.covers("340102")).isTrue();
        assertThat(scope.covers("340103")).isFalse();
        assertThat(scope.covers(null)).isFalse();
        assertThat(scope.sortedCodes()).containsExactly("340102");
    }

    @Test
    void a_caseworker_without_districts_is_refused_with_no_district_scope() {
        Caller caseworker = new Caller("cw", Set.of(Caller.CASEWORKER), Optional.empty());
        assertThatThrownBy(caseworker::districtScope).isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(403))
                .satisfies(e -> assertThat(((ApiProblem) e).code()).isEqualTo("NO_DISTRICT_SCOPE"));
    }

    @Test
    void auditors_are_city_wide_unless_their_token_names_districts() {
        assertThat(new Caller("audit", Set.of(Caller.AUDITOR), Optional.empty()).districtScope().cityWide()).isTrue();
        DistrictScope office = new Caller("audit", Set.of(Caller.AUDITOR), Optional.empty(), Set.of("340102"))
                .districtScope();
        assertThat(office.covers("340102")).isTrue();
        assertThat(office.covers("340104")).isFalse();
    }

    @Test
    void city_admins_are_city_wide_whatever_their_token_says() {
        assertThat(new Caller("admin", Set.of(Caller.CITY_ADMIN, Caller.CASEWORKER), Optional.empty(),
                Set.of("340102")).districtScope().cityWide()).isTrue();
    }

    @Test
    void a_list_filter_naming_another_district_is_not_found() {
        DistrictScope scope = DistrictScope.of(Set.of("340102", "340103"));
        assertThat(scope.narrowedTo(Optional.empty())).contains(Set.of("340102", "340103"));
        assertThat(scope.narrowedTo(Optional.of("340103"))).contains(Set.of("340103"));
        assertThatThrownBy(() -> scope.narrowedTo(Optional.of("340104"))).isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(404));
        assertThat(DistrictScope.CITY_WIDE.narrowedTo(Optional.empty())).isEmpty();
    }

    @Test
    void a_district_limited_caller_may_not_read_a_city_wide_document() {
        DistrictScope.CITY_WIDE.requireCityWide("a statement");
        assertThatThrownBy(() -> DistrictScope.of(Set.of("340102")).requireCityWide("a statement"))
                .isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).code()).isEqualTo("CITY_WIDE_ONLY"));
    }
}
