package org.homecare.voucher.service;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.voucher.repository.MonthEndRunRepository;
import org.jboss.logging.Logger;

/**
 * The end of a month, once its submission window has ended: its held logs still with an open visit exception are
 * voided (EXCEPTION_UNRESOLVED, never paid), then what is left of the month's own money expires, or, when the city
 * carries balances until the year's end, moves into the next month (December's always expires). In chunks, one
 * transaction each, idempotent like {@link MonthlyRun}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MonthEnd {

    public record Result(String period, int voided, int expired, int carried) {
    }

    private static final Logger LOG = Logger.getLogger(MonthEnd.class);
    private static final UUID FIRST = new UUID(0L, 0L);

    private final LedgerService ledger;
    private final VisitExceptions exceptions;
    private final MonthEndRunRepository records;
    private final BusinessClock clock;
    private final VoucherSettings settings;
    private final AtomicReference<YearMonth> lastEnded = new AtomicReference<>();

    public MonthEnd(LedgerService ledger, VisitExceptions exceptions, MonthEndRunRepository records,
            BusinessClock clock, VoucherSettings settings) {
        this.ledger = ledger;
        this.exceptions = exceptions;
        this.records = records;
        this.clock = clock;
        this.settings = settings;
    }

    public Optional<Result> endUnlessFinished(YearMonth period) {
        if (period.equals(lastEnded.get())) {
            return Optional.empty();
        }
        if (records.finished(period)) {
            lastEnded.set(period);
            return Optional.empty();
        }
        Result result = end(period, "system:month-end");
        lastEnded.set(period);
        LOG.infof("month end %s: %d voided, %d expired, %d carried over", result.period(), result.voided(),
                result.expired(), result.carried());
        return Optional.of(result);
    }

    /** @throws ApiProblem 409 SUBMISSION_WINDOW_OPEN while the month's logs may still be submitted */
    public Result end(YearMonth period, String actor) {
        if (settings.window().isOpen(period, clock.instant())) {
            throw ApiProblem.conflict("SUBMISSION_WINDOW_OPEN", "the submission window of " + period
                    + " is open until " + settings.window().closesAt(period) + "; its month ends then");
        }
        int voided = 0;
        int examined;
        do {
            examined = exceptions.voidUnresolvedChunk(period, settings.runChunkSize(), actor);
            voided += examined;
        } while (examined == settings.runChunkSize());
        boolean carry = settings.carryOver() == VoucherSettings.CarryOver.UNTIL_YEAR_END
                && period.getMonthValue() != 12;
        int ended = 0;
        UUID after = FIRST;
        LedgerService.Chunk chunk;
        do {
            chunk = ledger.endNextChunk(period, carry, after, settings.runChunkSize(), actor);
            ended += chunk.posted();
            after = chunk.last();
        } while (chunk.examined() == settings.runChunkSize());
        int expired = carry ? 0 : ended;
        int carried = carry ? ended : 0;
        records.recordFinished(period, voided, expired, carried, clock.instant());
        return new Result(period.toString(), voided, expired, carried);
    }
}
