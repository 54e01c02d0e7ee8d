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

    /** Whether the stored list holds the code, without splitting it. */
    public static boolean contains(String stored, String code) {
        if (stored == null || code == null || code.isEmpty()) {
            return false;
        }
        for (int from = 0; from <= stored.length();) {
            int end = stored.indexOf(',', from);
            if (end < 0) {
                end = stored.length();
            }
            if (end - from == code.length() && stored.startsWith(code, from)) {
                return true;
            }
            from = end + 1;
        }
        return false;
    }
}
