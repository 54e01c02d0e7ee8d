package org.homecare.eligibility.rest;

import java.util.List;

import org.homecare.contracts.problem.ApiProblem;

/** {@code ?page=0&size=50}, size at most 500, answered as {@code {items, page, size, total}}. */
public record Paging(int page, int size) {

    public record PageView<T>(List<T> items, int page, int size, long total) {
    }

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

    public <T> PageView<T> view(List<T> items, long total) {
        return new PageView<>(items, page, size, total);
    }
}
