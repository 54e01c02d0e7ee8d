package org.homecare.eligibility.repository;

/**
 * A prefix as the half-open range {@code [prefix, upperBound)} in code-point order (collation "C"), which a btree
 * index scans directly: {@code like 'x%'} is only turned into a range under some collations.
 */
final class PrefixRange {

    private PrefixRange() {
    }

    /**
     * The prefix with its last code point raised by one: the first text that no longer starts with the prefix; null
     * when the last code point is the highest there is (no upper bound needed).
     */
    static String upperBound(String prefix) {
        int last = prefix.offsetByCodePoints(prefix.length(), -1);
        int next = prefix.codePointAt(last) + 1;
        if (next > Character.MAX_CODE_POINT) {
            return null;
        }
        if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
            next = Character.MAX_SURROGATE + 1;
        }
        return prefix.substring(0, last) + new String(Character.toChars(next));
    }
}
