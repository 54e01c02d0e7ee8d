package org.homecare.contracts.web;

import java.util.List;

import org.homecare.contracts.problem.ApiProblem;

/**
 * {@code ?page=0&size=50} of every list endpoint of every service, read from the raw text so that any bad value
 * ({@code size=abc}, {@code page=-1}, {@code page=2147483647}) is a 400 naming the parameter, never a 404 or a 500.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** JPA and Panache take the first row as an int: a page whose first row lies beyond it cannot be asked for. */
    public static final long MAX_OFFSET = Integer.MAX_VALUE;

    public PageRequest {
        if (page < 0) {
            throw ApiProblem.badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw ApiProblem.badRequest("page", "must be at most " + MAX_OFFSET / size + " with size " + size);
        }
    }

    /** Absent or empty values take the defaults: page 0, size 50. */
    public static PageRequest of(String page, String size) {
        return new PageRequest(number("page", page, 0), number("size", size, DEFAULT_SIZE));
    }

    /** The first row of the page, as a long so that no page number overflows it. */
    public long offset() {
        return (long) page * size;
    }

    public <T> Paged<T> answer(List<T> items, long total) {
        return new Paged<>(items, page, size, total);
    }

    private static int number(String name, String raw, int absent) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        if (!raw.matches("-?[0-9]+")) {
            throw ApiProblem.badRequest(name, "must be a whole number");
        }
        // beyond an int it is out of range anyway: clamp, and let the range checks above word the answer
        boolean negative = raw.startsWith("-");
        if (raw.length() > 11) {
            return negative ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        long value = Long.parseLong(raw);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
