package org.homecare.provider.domain;

import java.util.Optional;

/**
 * A unified social credit code (GB 32100-2015): 18 characters from {@link #ALPHABET}, the last one a check character
 * over the first 17 (value x weight, mod 31).
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** @return the code, or the reason it is not one (for a 400 that names the field) */
    public static Result parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.invalid("is required");
        }
        String text = raw.trim().toUpperCase();
        if (text.length() != 18) {
            return Result.invalid("must have 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return Result.invalid("character " + (i + 1) + " is not one of " + ALPHABET);
            }
        }
        if (checkCharacter(text) != text.charAt(17)) {
            return Result.invalid("the check character does not match (GB 32100)");
        }
        return new Result(Optional.of(new CreditCode(text)), null);
    }

    /** The check character for the first 17 characters, which must come from the alphabet. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    public record Result(Optional<CreditCode> code, String problem) {
        static Result invalid(String problem) {
            return new Result(Optional.empty(), problem);
        }

        public boolean valid() {
            return code.isPresent();
        }
    }
}
