package org.homecare.settlement.domain;

import java.util.Set;

/**
 * The statement workflow: CLOSED → CONFIRMED (by the provider, or deemed after its days of silence) | DISPUTED;
 * a dispute ends UPHELD (→ CONFIRMED) or CORRECTED (→ CLOSED, to be confirmed again); CONFIRMED → APPROVED → PAID;
 * a payment the bank returns → APPROVED again.
 */
public enum StatementStatus {
    CLOSED, CONFIRMED, DISPUTED, APPROVED, PAID;

    public Set<StatementStatus> next() {
        return switch (this) {
            case CLOSED -> Set.of(CONFIRMED, DISPUTED);
            case DISPUTED -> Set.of(CONFIRMED, CLOSED);
            case CONFIRMED -> Set.of(APPROVED);
            case APPROVED -> Set.of(PAID);
            case PAID -> Set.of(APPROVED);
        };
    }

    public boolean mayMoveTo(StatementStatus target) {
        return next().contains(target);
    }
}
