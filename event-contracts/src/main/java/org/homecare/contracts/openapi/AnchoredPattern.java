package org.homecare.contracts.openapi;

/**
 * A Bean Validation {@code @Pattern} must match the whole value ({@code Matcher.matches}); a JSON Schema pattern
 * matches anywhere in it. Anchoring keeps the two meaning the same for a client validating before it sends.
 */
final class AnchoredPattern {

    /**
     * What SmallRye writes for {@code @NotBlank}: "contains a character that is not white space", a search, not a
     * whole-value match.
     */
    static final String NOT_BLANK = "\\S";
    static final String ANCHORED_NOT_BLANK = "^[\\s\\S]*\\S[\\s\\S]*$";

    static String of(String pattern) {
        if (pattern.equals(NOT_BLANK)) {
            return ANCHORED_NOT_BLANK;
        }
        if (pattern.startsWith("^") && pattern.endsWith("$") && !pattern.endsWith("\\$")) {
            return pattern;
        }
        String body = pattern.startsWith("^") ? pattern.substring(1) : pattern;
        if (body.endsWith("$") && !body.endsWith("\\$")) {
            body = body.substring(0, body.length() - 1);
        }
        // a group keeps an alternation a|b from binding the anchors to its first and last branch only
        return body.contains("|") ? "^(?:" + body + ")$" : "^" + body + "$";
    }

    private AnchoredPattern() {
    }
}
