package org.homecare.eligibility.rest;

import java.util.List;

import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.Paged;

/** {@code ?page=0&size=50}, size at most 500, answered as a {@link Paged}. */
public record Paging(int page, int size) {

    /** Query parameters arrive as text so that {@code ?size=ten} is a 400 naming the parameter, not a 404. */
    public static Paging of(String page, String size) {
        int p = number("page", page, 0);
        int s = number("size", size, 50);
        if (p < 0) {
            throw ApiProblem.badRequest("page", "must be 0 or more");
        }
        if (s < 1 || s > 500) {
            throw ApiProblem.badRequest("size", "must be between 1 and 500");
        }
        return new Paging(p, s);
    }

    private static int number(String name, String raw, int absent) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, "must be a whole number");
        }
    }

    public <T> Paged<T> view(List<T> items, long total) {
        return new Paged<>(items, page, size, total);
    }
}
