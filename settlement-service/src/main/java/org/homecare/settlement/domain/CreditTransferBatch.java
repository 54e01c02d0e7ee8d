package org.homecare.settlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The transfers that pay a settlement period's approved statements, from the city's account, as one payment order.
 * The transfers are kept in statement id order (as text), so the same statements always make the same batch whatever
 * order they were given in.
 */
public record CreditTransferBatch(String period, Instant createdAt, LocalDate requestedExecutionDate,
        DebtorAccount debtor, List<CreditTransfer> transfers) {

    private static final Comparator<CreditTransfer> BY_STATEMENT_ID = Comparator.comparing(
            t -> t.statementId().toString());

    /** @throws IllegalArgumentException for an empty batch, a statement given twice or a period not {@code yyyy-MM} */
    public CreditTransferBatch {
        SettlementMonth.parse(period);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        Objects.requireNonNull(debtor, "debtor");
        if (transfers == null || transfers.isEmpty()) {
            // a payment order must hold at least one transfer; "nothing to pay" is the caller's answer, not a file
            throw new IllegalArgumentException("a credit transfer batch needs at least one transfer");
        }
        Set<UUID> seen = new HashSet<>();
        for (CreditTransfer t : transfers) {
            if (!seen.add(t.statementId())) {
                throw new IllegalArgumentException("statement " + t.statementId() + " is in the batch twice");
            }
        }
        transfers = transfers.stream().sorted(BY_STATEMENT_ID).toList();
    }

    /** The sum of every transfer, in fen. */
    public long totalFen() {
        long total = 0;
        for (CreditTransfer t : transfers) {
            total = Math.addExact(total, t.amountFen());
        }
        return total;
    }
}
