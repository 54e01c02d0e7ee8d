package org.homecare.provider.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

import org.homecare.contracts.problem.ApiProblem;

/** Query parameters parsed here so a bad value is a 400 naming the parameter, not a bare 404. */
final class QueryValues {

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest(name, "is required (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, "must be a date yyyy-MM-dd");
        }
    }

    static <E extends Enum<E>> Optional<E> optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim()));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private QueryValues() {
    }
}
