package org.homecare.voucher.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.homecare.contracts.problem.ApiProblem;

/** Checks of query and path parameters that turn careless input into a 400 naming the parameter. */
final class RequestParams {

    private RequestParams() {
    }

    static UUID uuid(String field, String value) {
        if (value == null || value.length() != 36) {
            throw ApiProblem.badRequest(field, "must be a UUID");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(field, "must be a UUID");
        }
    }

    static YearMonth period(String field, String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}")) {
            throw ApiProblem.badRequest(field, "must be a month written like 2026-11");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(field, "must be a month written like 2026-11");
        }
    }

    static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
