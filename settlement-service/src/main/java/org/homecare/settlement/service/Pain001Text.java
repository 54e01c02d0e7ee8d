package org.homecare.settlement.service;

/** Text and amounts as pain.001 writes them. */
final class Pain001Text {

    /** ISO 20022 Max140Text. */
    static final int MAX_140 = 140;

    private Pain001Text() {
    }

    /**
     * The text cut to at most {@code max} UTF-16 chars, never between the two halves of a surrogate pair. The limit is
     * counted in UTF-16 chars rather than code points because the JDK's schema validator (and so, likely, a bank's)
     * counts a character outside the BMP as two; within that count the text also fits a code-point count.
     */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** Fen as a decimal amount of yuan with two digits after the point, in integer arithmetic: 5 fen is 0.05. */
    static String yuan(long fen) {
        if (fen < 0) {
            throw new IllegalArgumentException("a pain.001 amount is never negative: " + fen);
        }
        long cents = fen % 100;
        return (fen / 100) + (cents < 10 ? ".0" : ".") + cents;
    }
}
