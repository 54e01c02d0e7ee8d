package org.homecare.contracts.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.homecare.contracts.problem.ApiProblem;

/**
 * Path and query values of every service, read from the raw text so that a bad one is a 400 naming the parameter
 * rather than a bare 404 (what JAX-RS answers when it cannot convert a parameter itself).
 */
public final class RequestValues {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern AREA_CODE = Pattern.compile("[0-9]{6}");

    private RequestValues() {
    }

    public static UUID uuid(String name, String value) {
        // UUID.fromString accepts shortened groups such as 1-1-1-1-1: only the canonical 36 characters are an id
        if (value == null || value.length() != 36) {
            throw ApiProblem.badRequest(name, "must be a UUID");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name, "must be a UUID");
        }
    }

    public static Optional<UUID> optionalUuid(String name, String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(uuid(name, value));
    }

    /** A calendar month written {@code 2026-11}. */
    public static YearMonth month(String name, String value) {
        if (value == null || !MONTH.matcher(value).matches()) {
            throw ApiProblem.badRequest(name, "must be a month written yyyy-MM, e.g. 2026-11");
        }
        return YearMonth.parse(value);
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest(name, "is required (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, "must be a date written yyyy-MM-dd, e.g. 2026-11-22");
        }
    }

    public static Optional<LocalDate> optionalDate(String name, String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(date(name, value));
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        return optionalEnum(name, value, type)
                .orElseThrow(() -> ApiProblem.badRequest(name, "is required, one of " + constants(type)));
    }

    public static <E extends Enum<E>> Optional<E> optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim()));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name, "must be one of " + constants(type));
        }
    }

    /** {@code true} or {@code false}; absent or empty: no filter. */
    public static Optional<Boolean> optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.trim()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw ApiProblem.badRequest(name, "must be true or false");
        };
    }

    /** A 6-digit administrative area code (a district, 340102). */
    public static Optional<String> optionalAreaCode(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!AREA_CODE.matcher(value.trim()).matches()) {
            throw ApiProblem.badRequest(name, "must be a 6-digit area code, e.g. 340102");
        }
        return Optional.of(value.trim());
    }

    /** Free text of at most {@code maxLength} characters (code points), trimmed; absent or blank: no filter. */
    public static Optional<String> optionalText(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw ApiProblem.badRequest(name, "must be at most " + maxLength + " characters");
        }
        return Optional.of(trimmed);
    }

    private static String constants(Class<? extends Enum<?>> type) {
        return Arrays.toString(type.getEnumConstants());
    }
}
