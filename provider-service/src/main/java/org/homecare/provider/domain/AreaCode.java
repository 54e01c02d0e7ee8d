package org.homecare.provider.domain;

import java.util.regex.Pattern;

/** A 6-digit administrative area code (GB/T 2260), e.g. Shushan district 340104. */
public final class AreaCode {

    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{5}");

    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches() && !code.endsWith("0000");
    }

    private AreaCode() {
    }
}
