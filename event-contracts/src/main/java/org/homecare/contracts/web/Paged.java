package org.homecare.contracts.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list endpoint of every service answers it: {@code {items, page, size, total}}. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public <R> Paged<R> map(Function<T, R> mapping) {
        return new Paged<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
