package org.homecare.voucher.service;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.voucher.repository.MonthlyRunRecordRepository;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * On the first business day of a month: credit every active account; once the previous month's submission window has
 * ended, that month's end ({@link MonthEnd}). Runs in chunks, one transaction each, so a month of 100,000 accounts
 * never holds one huge transaction; every step is idempotent, so a rerun or a crash midway only finishes the work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MonthlyRun {

    public record Result(String period, int credited) {
    }

    private static final Logger LOG = Logger.getLogger(MonthlyRun.class);
    private static final UUID FIRST = new UUID(0L, 0L);

    private final LedgerService ledger;
    private final MonthlyRunRecordRepository records;
    private final BusinessClock clock;
    private final VoucherSettings settings;
    private final MonthEnd monthEnd;
    private final AtomicReference<YearMonth> lastRun = new AtomicReference<>();

    public MonthlyRun(LedgerService ledger, MonthlyRunRecordRepository records, BusinessClock clock,
            VoucherSettings settings, MonthEnd monthEnd) {
        this.ledger = ledger;
        this.records = records;
        this.clock = clock;
        this.settings = settings;
        this.monthEnd = monthEnd;
    }

    /** Polls the business clock rather than a cron, so moving the clock in a demo also starts the run. */
    @Scheduled(every = "5m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runIfDue() {
        if (settings.monthlyRun().enabled()) {
            runUnlessFinished(clock.currentPeriod());
            monthEnd.endUnlessFinished(settings.window().lastEnded(clock.instant()));
        }
    }

    /** Runs the month unless this process or an earlier one (before a restart) finished it; then nothing is read. */
    public Optional<Result> runUnlessFinished(YearMonth period) {
        if (period.equals(lastRun.get())) {
            return Optional.empty();
        }
        if (records.finished(period)) {
            lastRun.set(period);
            return Optional.empty();
        }
        Result result = run(period, "system:monthly-run");
        lastRun.set(period);
        LOG.infof("monthly run %s: %d credited", result.period(), result.credited());
        return Optional.of(result);
    }

    /** Credits the current period; a past or future period is refused (the month's money is for that month). */
    public Result run(YearMonth period, String actor) {
        if (!period.equals(clock.currentPeriod())) {
            throw ApiProblem.conflict("PERIOD_NOT_CURRENT",
                    "only the current period " + clock.currentPeriod() + " can be credited, not " + period);
        }
        int credited = 0;
        UUID after = FIRST;
        LedgerService.Chunk chunk;
        do {
            chunk = ledger.creditNextChunk(period, after, settings.runChunkSize(), actor);
            credited += chunk.posted();
            after = chunk.last();
        } while (chunk.examined() == settings.runChunkSize());
        records.recordFinished(period, 0, credited, clock.instant());
        return new Result(period.toString(), credited);
    }
}
