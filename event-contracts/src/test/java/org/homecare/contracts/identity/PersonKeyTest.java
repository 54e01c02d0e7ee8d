package org.homecare.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonKeyTest {

    private static final String SECRET = "test-only-person-key-secret-0123456789abcdef";
    private static final ResidentIdNumber NUMBER = ResidentIdNumber.parse("11010519491231002X").number().orElseThrow();

    @Test
    void the_same_number_gets_the_same_key_under_one_secret_and_another_under_another() {
        String key = new PersonKey(SECRET).of(NUMBER);
        assertThat(key).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(NUMBER.value());
        assertThat(new PersonKey(SECRET).of(NUMBER)).isEqualTo(key);
        assertThat(new PersonKey(SECRET + "-other").of(NUMBER)).isNotEqualTo(key);
    }

    @Test
    void refuses_a_short_secret() {
        assertThatThrownBy(() -> new PersonKey("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
