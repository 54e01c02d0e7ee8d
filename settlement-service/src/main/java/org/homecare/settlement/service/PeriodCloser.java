package org.homecare.settlement.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.clock.SubmissionWindow;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.settlement.domain.Adjustment;
import org.homecare.settlement.domain.EarliestClose;
import org.homecare.settlement.domain.ProviderItemTotal;
import org.homecare.settlement.domain.SettlementPeriod;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementLine;
import org.homecare.settlement.messaging.SettlementEventMapper;
import org.homecare.settlement.repository.AdjustmentRepository;
import org.homecare.settlement.repository.ProviderItemTotalRepository;
import org.homecare.settlement.repository.SettlementPeriodRepository;
import org.homecare.settlement.repository.StatementRepository;

/**
 * Closes a period once its submission window has ended ({@link EarliestClose}; 409 before), so that every log
 * submitted in time is in its statements. Under the period's row lock (so no log of the period is half-applied), builds one statement per
 * provider from the running totals and the adjustments aimed at the period, and publishes PeriodClosed.
 */
@ApplicationScoped
@Transactional
public class PeriodCloser {

    public record CloseResult(String period, String status, Instant closedAt, String closedBy, boolean alreadyClosed,
            int statementCount, long totalFen) {
    }

    private record Snapshot(String period, SettlementPeriod.Status status, int statementCount, long totalFen) {
    }

    private final SettlementPeriodRepository periods;
    private final ProviderItemTotalRepository totals;
    private final AdjustmentRepository adjustments;
    private final StatementRepository statements;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final SubmissionWindow window;

    public PeriodCloser(SettlementPeriodRepository periods, ProviderItemTotalRepository totals,
            AdjustmentRepository adjustments, StatementRepository statements, OutboxWriter outbox, AuditTrail audit,
            BusinessClock clock, SubmissionWindowSettings settings) {
        this.periods = periods;
        this.totals = totals;
        this.adjustments = adjustments;
        this.statements = statements;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.window = settings.submissionWindow();
    }

    public CloseResult close(String period, Caller caller) {
        EarliestClose earliest = EarliestClose.of(period, window);
        Instant asked = clock.instant();
        Optional<EarliestClose.Refusal> refusal = earliest.refusalAt(asked);
        if (refusal.isPresent()) {
            throw TooEarlyToClose.of(refusal.get(), earliest, asked);
        }
        SettlementPeriod row = periods.forClose(period);
        if (row.isClosed()) {
            List<Statement> built = statements.list("period", period);
            return new CloseResult(period, row.status().name(), row.closedAt(), row.closedBy(), true, built.size(),
                    built.stream().mapToLong(Statement::totalFen).sum());
        }
        Instant now = clock.instant();
        Map<UUID, List<StatementLine>> linesByProvider = new TreeMap<>();
        for (ProviderItemTotal total : totals.forPeriod(period)) {
            if (total.logCount() != 0 || total.amountFen() != 0) {
                linesByProvider.computeIfAbsent(total.providerId(), p -> new ArrayList<>())
                        .add(new StatementLine(total.itemCode(), total.logCount(), total.units(), total.amountFen()));
            }
        }
        Map<UUID, List<Adjustment>> adjustmentsByProvider = new LinkedHashMap<>();
        for (Adjustment adjustment : adjustments.pendingFor(period)) {
            adjustmentsByProvider.computeIfAbsent(adjustment.providerId(), p -> new ArrayList<>()).add(adjustment);
            linesByProvider.putIfAbsent(adjustment.providerId(), new ArrayList<>());
        }
        long grandTotal = 0;
        for (Map.Entry<UUID, List<StatementLine>> entry : linesByProvider.entrySet()) {
            List<Adjustment> own = adjustmentsByProvider.getOrDefault(entry.getKey(), List.of());
            long adjustmentsFen = own.stream().mapToLong(Adjustment::amountFen).sum();
            Statement statement = Statement.build(entry.getKey(), period, entry.getValue(), adjustmentsFen, now);
            statements.persist(statement);
            own.forEach(a -> a.settleIn(statement.id()));
            grandTotal += statement.totalFen();
        }
        row.close(now, caller.name());
        outbox.append(SettlementEventMapper.periodClosed(row));
        audit.record(caller.name(), "PERIOD_CLOSED", "SettlementPeriod", period,
                new Snapshot(period, SettlementPeriod.Status.OPEN, 0, 0),
                new Snapshot(period, row.status(), linesByProvider.size(), grandTotal));
        return new CloseResult(period, row.status().name(), now, caller.name(), false, linesByProvider.size(),
                grandTotal);
    }
}
