package org.homecare.contracts.web;

/**
 * Text that PostgreSQL can store as it was sent: a NUL is refused by the database (a 500 after the work was done) and
 * an unpaired surrogate is not UTF-8 at all (stored as '?'). Both are refused at the edge instead.
 */
public final class StorableText {

    public static final String NUL = "must not contain the NUL character (U+0000)";
    public static final String UNPAIRED_SURROGATE = "must not contain an unpaired surrogate (not valid Unicode)";

    /** What is wrong with the text, or null when it can be stored as it is. */
    public static String defectOf(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return NUL;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return UNPAIRED_SURROGATE;
            }
            if (Character.isLowSurrogate(c)) {
                return UNPAIRED_SURROGATE;
            }
        }
        return null;
    }

    private StorableText() {
    }
}
