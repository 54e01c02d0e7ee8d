package org.homecare.settlement.domain;

import java.util.Set;

/** The statement workflow: CLOSED → CONFIRMED | DISPUTED → APPROVED → PAID. A paid statement never changes. */
public enum StatementStatus {
    CLOSED, CONFIRMED, DISPUTED, APPROVED, PAID;

    public Set<StatementStatus> next() {
        return switch (this) {
            case CLOSED -> Set.of(CONFIRMED, DISPUTED);
            case CONFIRMED, DISPUTED -> Set.of(APPROVED);
            case APPROVED -> Set.of(PAID);
            case PAID -> Set.of();
        };
    }

    public boolean mayMoveTo(StatementStatus target) {
        return next().contains(target);
    }
}
