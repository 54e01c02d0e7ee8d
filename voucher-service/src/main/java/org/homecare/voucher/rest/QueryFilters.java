package org.homecare.voucher.rest;

import java.util.Optional;
import java.util.regex.Pattern;

import org.homecare.contracts.problem.ApiProblem;
import org.homecare.voucher.domain.CardNumber;
import org.homecare.voucher.domain.MalformedCardNumberException;

/** Query parameters of the voucher-service lists, read from the raw text so a bad one is a 400 naming it. */
final class QueryFilters {

    private static final Pattern AREA_CODE = Pattern.compile("[0-9]{6}");

    private QueryFilters() {
    }

    /** A district (6-digit area code), or empty when the parameter is absent. */
    static Optional<String> district(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (!AREA_CODE.matcher(value).matches()) {
            throw ApiProblem.badRequest(name, "must be a 6-digit area code, e.g. 340102");
        }
        return Optional.of(value);
    }

    /** A card number, checked to its check digit, or empty when the parameter is absent. */
    static Optional<CardNumber> cardNumber(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CardNumber.parse(value));
        } catch (MalformedCardNumberException e) {
            throw ApiProblem.badRequest(name, e.getMessage());
        }
    }
}
