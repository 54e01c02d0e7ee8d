package org.homecare.settlement.rest;

import java.util.UUID;

import org.homecare.contracts.problem.ApiProblem;
import org.homecare.settlement.domain.SettlementMonth;
import org.homecare.settlement.service.StatementWorkflow.Paging;

/** Path and query values read by hand, so a bad one is a 400 naming the field rather than a bare 404. */
final class RequestParams {

    static final int MAX_PAGE_SIZE = 500;

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

    static Paging paging(String page, String size) {
        int p = integer("page", page, 0);
        int s = integer("size", size, 50);
        if (p < 0) {
            throw ApiProblem.badRequest("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_PAGE_SIZE) {
            throw ApiProblem.badRequest("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return new Paging(p, s);
    }

    private static int integer(String field, String value, int absent) {
        if (value == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(field, "must be an integer");
        }
    }
}
