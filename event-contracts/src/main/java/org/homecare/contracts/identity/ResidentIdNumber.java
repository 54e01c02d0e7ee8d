package org.homecare.contracts.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident identity number (GB 11643): 6-digit area code, 8-digit birth date, 3-digit sequence (odd for men), and
 * an ISO 7064 MOD 11-2 check character. Needed by eligibility-service (elders) and provider-service (caregivers).
 * {@link #toString()} is masked so the number cannot leak into a log line by accident.
 */
public final class ResidentIdNumber {

    public enum Sex {
        MALE, FEMALE
    }

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** @return the number, or the reason it is not a valid one (for a 400 that names the field) */
    public static Result parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.invalid("is required");
        }
        String text = raw.trim().toUpperCase();
        if (text.length() != 18) {
            return Result.invalid("must have 18 characters");
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return Result.invalid("characters 1-17 must be digits");
            }
        }
        char last = text.charAt(17);
        if (!Character.isDigit(last) && last != 'X') {
            return Result.invalid("the check character must be a digit or X");
        }
        if (text.charAt(0) == '0' || text.startsWith("00", 2)) {
            return Result.invalid("the area code " + text.substring(0, 6) + " is not an administrative area");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            return Result.invalid("positions 7-14 are not a real birth date");
        }
        if (birthDate.getYear() < 1880) {
            return Result.invalid("positions 7-14 are not a plausible birth date");
        }
        if (checkCharacter(text) != last) {
            return Result.invalid("the check character does not match (GB 11643)");
        }
        return new Result(Optional.of(new ResidentIdNumber(text, birthDate)), null);
    }

    /** The check character for the first 17 characters (ISO 7064 MOD 11-2). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public String areaCode() {
        return value.substring(0, 6);
    }

    /** {@code 110105********002X}: what every response shows to a role that may not see the number. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String number) {
        if (number == null || number.length() < 10) {
            return "****";
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }

    public record Result(Optional<ResidentIdNumber> number, String problem) {
        static Result invalid(String problem) {
            return new Result(Optional.empty(), problem);
        }

        public boolean valid() {
            return number.isPresent();
        }
    }
}
