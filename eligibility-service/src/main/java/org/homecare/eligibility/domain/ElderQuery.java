package org.homecare.eligibility.domain;

import java.util.Optional;
import java.util.Set;

/**
 * What a search for elders asks: every filter optional, all of them together. {@code idNumberHash} is the keyed hash
 * of an identity number, never the number; {@code districts} is the caller's scope narrowed by the district filter
 * (empty: city-wide).
 */
public record ElderQuery(Optional<String> idNumberHash, Optional<String> namePrefix, Optional<Set<String>> districts,
        Optional<String> streetPrefix, Optional<Boolean> eligible) {
}
