package org.homecare.voucher.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Status changes with the date each takes effect. The status on a date is the change with the latest effective date
 * on or before it; of two with the same date, the one recorded later. A retroactive change (a revocation dated last
 * week) therefore governs the dates it covers without rewriting history.
 */
public final class StatusTimeline<S> {

    public record Change<S>(S status, LocalDate effectiveFrom, int seq) {
    }

    private final List<Change<S>> changes;

    public StatusTimeline(List<Change<S>> changes) {
        List<Change<S>> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing((Change<S> c) -> c.effectiveFrom()).thenComparingInt(Change::seq));
        this.changes = List.copyOf(sorted);
    }

    public static <S> StatusTimeline<S> empty() {
        return new StatusTimeline<>(List.of());
    }

    public Optional<S> statusOn(LocalDate date) {
        S found = null;
        for (Change<S> change : changes) {
            if (change.effectiveFrom().isAfter(date)) {
                break;
            }
            found = change.status();
        }
        return Optional.ofNullable(found);
    }

    public boolean is(S status, LocalDate date) {
        return statusOn(date).map(status::equals).orElse(false);
    }
}
