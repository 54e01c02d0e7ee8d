package org.homecare.deploy.demo;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a played month left in the services, read back through their public APIs at the end of a run: the answer to
 * closing the period, the period's statements, and voucher-service's accepted and rejected logs of the period.
 * The demo prints and reconciles it; the end-to-end test asserts on it.
 */
public record MonthResult(YearMonth period, PeriodClose close, List<Statement> statements,
                          List<ServiceLog> acceptedLogs, List<ServiceLog> rejectedLogs, Reconciled reconciliation) {

    /** settlement-service's reconciliation of the period: counts and sums in fen. */
    public record Reconciled(long approvedCount, long approvedFen, long paidCount, long paidFen, long returnedCount,
                             long returnedFen, long outstandingCount, long outstandingFen) {
    }

    /** settlement-service's answer to {@code POST /periods/{p}/close}; a repeated close says {@code alreadyClosed}. */
    public record PeriodClose(String status, boolean alreadyClosed, int statementCount, long totalFen) {
    }

    /**
     * A statement as settlement-service answers it; {@code paidFen} is null until the platform paid it (and its
     * payment stands), {@code payeeAccountNumber} (masked) until the city approved it, {@code steps} its history's
     * actions.
     */
    public record Statement(UUID id, UUID providerId, String creditCode, String status, List<Long> lineAmountsFen,
                            long linesFen, List<Long> adjustmentAmountsFen, long adjustmentsFen, long totalFen,
                            Long paidFen, String payeeAccountNumber, int payments, List<String> steps) {
    }

    /** A log as voucher-service answers it; {@code amountFen} is null for a rejected log that was never priced. */
    public record ServiceLog(UUID id, String providerLogId, UUID providerId, Long amountFen, List<String> reasons) {
    }

    public long acceptedFen() {
        return acceptedLogs.stream().mapToLong(ServiceLog::amountFen).sum();
    }

    public Map<UUID, Long> acceptedFenByProvider() {
        Map<UUID, Long> byProvider = new TreeMap<>();
        acceptedLogs.forEach(log -> byProvider.merge(log.providerId(), log.amountFen(), Long::sum));
        return byProvider;
    }

    /** The statements' own lines, without adjustments carried over from earlier months. */
    public long statementLinesFen() {
        return statements.stream().mapToLong(Statement::linesFen).sum();
    }
}
