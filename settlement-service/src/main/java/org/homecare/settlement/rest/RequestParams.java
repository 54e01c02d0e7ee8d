package org.homecare.settlement.rest;

import java.util.UUID;

import org.homecare.contracts.problem.ApiProblem;
import org.homecare.settlement.domain.SettlementMonth;

/** Path and query values read by hand, so a bad one is a 400 naming the field rather than a bare 404. */
final class RequestParams {

    private RequestParams() {
    }

    static String period(String field, String value) {
        if (!SettlementMonth.isValid(value)) {
            throw ApiProblem.badRequest(field, "must be a month written yyyy-MM, e.g. 2026-11");
        }
        return value;
    }

    static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.badRequest(field, "must be a UUID");
        }
    }
}
