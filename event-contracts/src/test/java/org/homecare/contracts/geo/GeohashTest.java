package org.homecare.contracts.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeohashTest {

    @Test
    void encodes_the_published_reference_points() {
        // the examples of the geohash reference (Niemeyer) and Wikipedia
        assertThat(Geohash.encode(57.64911, 10.40744, 11)).isEqualTo("u4pruydqqvj");
        assertThat(Geohash.encode(42.6, -5.6, 5)).isEqualTo("ezs42");
    }

    @Test
    void a_home_cell_is_about_150_m_and_its_centre_is_near_the_point() {
        String cell = Geohash.encode(31.86, 117.28, Geohash.HOME_CELL_PRECISION);
        assertThat(cell).hasSize(7).startsWith("wt");
        Geohash.Point centre = Geohash.center(cell);
        assertThat(centre.metresTo(new Geohash.Point(31.86, 117.28))).isLessThan(110);
        assertThat(Geohash.center("ezs42").latitude()).isCloseTo(42.605, within(0.001));
    }

    @Test
    void distances_are_great_circle_metres() {
        // one degree of latitude is some 111.2 km
        assertThat(new Geohash.Point(31, 117).metresTo(new Geohash.Point(32, 117))).isCloseTo(111_195, within(50.0));
        assertThat(new Geohash.Point(31.86, 117.28).metresTo(new Geohash.Point(31.86, 117.28))).isZero();
    }

    @Test
    void refuses_what_is_not_a_coordinate_or_a_cell() {
        assertThatThrownBy(() -> Geohash.encode(91, 0, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Geohash.encode(Double.NaN, 0, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Geohash.center("wtemk3a")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Geohash.isValid("wtemk3v")).isTrue();
        assertThat(Geohash.isValid("WTEMK3V")).isFalse();
    }
}
