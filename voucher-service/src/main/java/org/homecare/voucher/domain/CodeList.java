package org.homecare.voucher.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** District, category and reason codes are stored as one comma-separated column: codes never contain commas. */
public final class CodeList {

    private CodeList() {
    }

    public static String join(Collection<?> codes) {
        return codes == null ? "" : codes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static Set<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
